package org.smartcity.stream.job;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.smartcity.stream.source.Json;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.PassageRecord;
import org.smartcity.traffic.detect.VehicleObservation;

/**
 * Splits the timestamped record stream by kind: loop records on the main output, camera observations
 * and passages on side outputs, each with its concrete type so that Flink serialises them as POJOs.
 * Records older than the watermark minus the allowed lateness are too late for any window and go to
 * the {@code late} output.
 */
final class SplitRecords extends ProcessFunction<DetectorRecord, LoopRecord> {
    static final OutputTag<VehicleObservation> VEHICLES = new OutputTag<>("vehicles") {};
    static final OutputTag<PassageRecord> PASSAGES = new OutputTag<>("passages") {};
    static final OutputTag<String> TOO_LATE = new OutputTag<>("too-late") {};

    private final long allowedLateness_ms;

    SplitRecords(long allowedLateness_ms) {
        this.allowedLateness_ms = allowedLateness_ms;
    }

    @Override
    public void processElement(DetectorRecord record, Context ctx, Collector<LoopRecord> out) {
        long watermark = ctx.timerService().currentWatermark();
        if (watermark != Long.MIN_VALUE && record.time_ms() < watermark - allowedLateness_ms) {
            ctx.output(TOO_LATE, Json.late("input", record));
            return;
        }
        if (record instanceof LoopRecord loop) {
            out.collect(loop);
        } else if (record instanceof VehicleObservation v) {
            ctx.output(VEHICLES, v);
        } else if (record instanceof PassageRecord p) {
            ctx.output(PASSAGES, p);
        }
    }
}
