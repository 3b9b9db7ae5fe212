package org.smartcity.stream.incident;

import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.smartcity.stream.window.CameraRoadStats;
import org.smartcity.traffic.detect.VehicleObservation;
import org.smartcity.traffic.incident.IncidentAlarm;
import org.smartcity.traffic.incident.IncidentDetector;

/**
 * Everything the job does with camera observations, keyed by road, in one operator so that the bulk of
 * the feed crosses the network once: feeds the camera incident detector (records in arrival order; one
 * camera's records come in time order) and sums tumbling event-time windows of observations, emitted
 * on the {@code stats} side output when the watermark passes a window's end plus the allowed lateness
 * (records for windows already emitted go to {@code late}). A window is emitted once, complete up to
 * its lateness, rather than early and again per late record as Flink's window operator does.
 */
public final class CameraOperator extends KeyedProcessFunction<String, VehicleObservation, IncidentAlarm> {
    private final DetectorOperator.DetectorFactory factory;
    private final long window_ms;
    private final long lateness_ms;
    private final OutputTag<CameraRoadStats> stats;
    private final OutputTag<VehicleObservation> late;
    private transient ValueState<RoadState> state;

    /** Per road: the detector and the open windows' sums by window end. */
    public static final class RoadState implements java.io.Serializable {
        IncidentDetector detector;
        final TreeMap<Long, long[]> counts = new TreeMap<>();
        final TreeMap<Long, double[]> speeds = new TreeMap<>();
    }

    public CameraOperator(
            DetectorOperator.DetectorFactory factory,
            long window_ms,
            long lateness_ms,
            OutputTag<CameraRoadStats> stats,
            OutputTag<VehicleObservation> late) {
        this.factory = factory;
        this.window_ms = window_ms;
        this.lateness_ms = lateness_ms;
        this.stats = stats;
        this.late = late;
    }

    @Override
    public void open(OpenContext context) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("road", TypeInformation.of(RoadState.class)));
    }

    @Override
    public void processElement(VehicleObservation o, Context ctx, Collector<IncidentAlarm> out) throws Exception {
        long watermark = ctx.timerService().currentWatermark();
        long end = o.time_ms() - Math.floorMod(o.time_ms(), window_ms) + window_ms;
        if (end - 1 + lateness_ms <= watermark) {
            ctx.output(late, o);
            return;
        }
        RoadState s = state.value();
        if (s == null) {
            s = new RoadState();
            s.detector = factory.create();
        }
        if (o.time_ms() > watermark) {
            s.detector.accept(o, out::collect);
        }
        long[] c = s.counts.get(end);
        if (c == null) {
            c = new long[2];
            s.counts.put(end, c);
            s.speeds.put(end, new double[1]);
            ctx.timerService().registerEventTimeTimer(end - 1 + lateness_ms);
        }
        c[0]++;
        if (o.speed_mps() < 0.1) {
            c[1]++;
        }
        s.speeds.get(end)[0] += o.speed_mps();
        state.update(s);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IncidentAlarm> out) throws Exception {
        RoadState s = state.value();
        if (s == null) {
            return;
        }
        while (!s.counts.isEmpty() && s.counts.firstKey() - 1 + lateness_ms <= timestamp) {
            Map.Entry<Long, long[]> e = s.counts.pollFirstEntry();
            double speedSum = s.speeds.remove(e.getKey())[0];
            long n = e.getValue()[0];
            ctx.output(
                    stats,
                    new CameraRoadStats(
                            ctx.getCurrentKey(),
                            e.getKey(),
                            window_ms / 1000,
                            n,
                            Math.round(speedSum / n * 1000) / 1000.0,
                            Math.round((double) e.getValue()[1] / n * 1000) / 1000.0));
        }
        state.update(s);
    }
}
