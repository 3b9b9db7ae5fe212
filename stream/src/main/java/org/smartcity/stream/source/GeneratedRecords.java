package org.smartcity.stream.source;

import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.LoopStation;
import org.smartcity.traffic.detect.PassageLine;
import org.smartcity.traffic.detect.PassageRecord;
import org.smartcity.traffic.detect.VehicleObservation;

/**
 * Synthetic detector records for the throughput benchmark, shaped like a city's feed: each parallel
 * reader owns its own cameras (so one camera's records stay in order) and, round after round, emits
 * for each camera 20 vehicle observations, one entry and one stop-line passage, and every tenth round
 * the six loop records of its road (three lanes, two stations). Event time is the wall clock at
 * generation, so latency at the sink can be measured against it. Not thread-safe: one instance per
 * reader.
 */
public final class GeneratedRecords implements GeneratorFunction<Long, DetectorRecord> {
    private static final int VEHICLES = 20;
    private final int cameras;
    private int subtask;
    private int subtasks;
    private int owned;
    private long n;
    private int camera;
    private int slot;
    private long round;
    private long roundTime_ms;
    private String[] roadNames;
    private String[] cameraNames;

    /** @param cameras cameras of the city, split among the readers */
    public GeneratedRecords(int cameras) {
        this.cameras = cameras;
    }

    @Override
    public void open(SourceReaderContext context) {
        subtask = context.getIndexOfSubtask();
        subtasks = context.currentParallelism();
        owned = Math.max(1, (cameras - subtask + subtasks - 1) / subtasks);
        roundTime_ms = System.currentTimeMillis();
        roadNames = new String[owned];
        cameraNames = new String[owned];
        for (int k = 0; k < owned; k++) {
            roadNames[k] = "road-" + (subtask + subtasks * k);
            cameraNames[k] = "cam-" + (subtask + subtasks * k);
        }
    }

    @Override
    public DetectorRecord map(Long index) {
        int cam = subtask + subtasks * camera;
        String road = roadNames[camera];
        String cameraName = cameraNames[camera];
        int slots = VEHICLES + 2 + (round % 10 == 0 ? 6 : 0);
        DetectorRecord r;
        if (slot < VEHICLES) {
            r = new VehicleObservation(roundTime_ms, cameraName, road, slot % 3, slot, 5 + 7.5 * slot, (n % 13) * 0.9);
        } else if (slot < VEHICLES + 2) {
            PassageLine line = slot == VEHICLES ? PassageLine.ENTRY : PassageLine.STOP;
            long token = line == PassageLine.ENTRY ? round : round - 3;
            r = new PassageRecord(roundTime_ms, cameraName, road, 1, line, Long.toHexString(token * 7919 + cam));
        } else {
            int k = slot - VEHICLES - 2;
            LoopStation station = k < 3 ? LoopStation.UP : LoopStation.DOWN;
            r = new LoopRecord(
                    roundTime_ms,
                    road + "/" + k,
                    road,
                    k % 3,
                    station,
                    station == LoopStation.UP ? 20 : 250,
                    10,
                    4,
                    0.12,
                    9.5);
        }
        n++;
        if (++slot == slots) {
            slot = 0;
            if (++camera == owned) {
                camera = 0;
                round++;
                roundTime_ms = Math.max(roundTime_ms, System.currentTimeMillis());
            }
        }
        return r;
    }
}
