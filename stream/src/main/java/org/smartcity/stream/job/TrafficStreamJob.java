package org.smartcity.stream.job;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.smartcity.stream.incident.CameraOperator;
import org.smartcity.stream.incident.DetectorOperator;
import org.smartcity.stream.source.Json;
import org.smartcity.stream.source.KafkaTopic;
import org.smartcity.stream.source.ParseRecords;
import org.smartcity.stream.source.ParsedLine;
import org.smartcity.stream.source.RecordSources;
import org.smartcity.stream.source.SplitParsedLines;
import org.smartcity.stream.window.CameraRoadStats;
import org.smartcity.stream.window.LaneStats;
import org.smartcity.stream.window.LoopWindow;
import org.smartcity.stream.window.PassagePairing;
import org.smartcity.stream.window.RoadStats;
import org.smartcity.stream.window.RoadTravelTimes;
import org.smartcity.stream.window.TravelTime;
import org.smartcity.traffic.detect.CongestionLevel;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.LoopStation;
import org.smartcity.traffic.detect.VehicleObservation;
import org.smartcity.traffic.incident.CameraStoppedDetector;
import org.smartcity.traffic.incident.CameraStoppedParameters;
import org.smartcity.traffic.incident.IncidentAlarm;
import org.smartcity.traffic.incident.LoopComparisonDetector;
import org.smartcity.traffic.incident.LoopComparisonParameters;

/**
 * The live traffic job (Flink DataStream API, event time). Topology, for any source of JSON lines or
 * of records:
 *
 * <pre>
 * lines ─ parse ─(rejected)→ rejected
 *         └ timestamps + bounded-out-of-orderness watermarks ─ split ─(too late)→ late
 *   loops ── upstream station ─ keyBy lane ─ window ─ lanes        (late: lanes' side output → late)
 *         │                  └ keyBy road ─ window ─ roads
 *         └ keyBy road ─ loop-comparison detector (event-time sorted) ─┐
 *   vehicles ─ keyBy road ─ camera-stopped detector + camera windows ──┴─ alarms
 *                                                                    └ cameras
 *   passages ─ keyBy road+token ─ pair entry/stop ─ keyBy road ─ window ─ travel-times
 * </pre>
 *
 * Windows are tumbling event-time windows with allowed lateness; records for windows already closed go
 * to the {@code late} output. Parsing, timestamps and the split run with the source's parallelism, so
 * the records of one camera keep their source order up to the keyed operators (the camera detector
 * relies on it; sources must keep one road's records in one split, as one file, one socket or one
 * Kafka partition per road key do). The same method builds the job for an embedded run and for a cluster.
 */
public final class TrafficStreamJob {
    /** Names of the outputs, in the order they are listed to users. */
    public static final List<String> OUTPUTS =
            List.of("lanes", "roads", "cameras", "travel-times", "alarms", "late", "rejected");

    private static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};
    private static final OutputTag<LoopRecord> LATE_LOOPS = new OutputTag<>("late-loops") {};
    private static final OutputTag<VehicleObservation> LATE_VEHICLES = new OutputTag<>("late-vehicles") {};
    private static final OutputTag<TravelTime> LATE_TRAVEL = new OutputTag<>("late-travel") {};
    private static final OutputTag<LoopRecord> LATE_LOOP_DETECTOR = new OutputTag<>("late-loop-detector") {};
    private static final OutputTag<CameraRoadStats> CAMERA_STATS = new OutputTag<>("camera-stats") {};

    private TrafficStreamJob() {}

    /** Adds the job for a stream of JSON lines (files, socket, Kafka). */
    public static void fromLines(DataStream<String> lines, StreamSettings settings, StreamOutputs outputs) {
        SingleOutputStreamOperator<DetectorRecord> records = lines.process(new ParseRecords(REJECTED))
                .returns(TypeInformation.of(DetectorRecord.class))
                .setParallelism(lines.getParallelism())
                .name("parse");
        records.getSideOutput(REJECTED)
                .sinkTo(outputs.sink("rejected"))
                .name("rejected")
                .setParallelism(1);
        fromRecords(records, settings, outputs);
    }

    /**
     * Adds the job reading a Kafka topic. Unlike the other sources, event time is taken in the source,
     * per partition ({@link RecordSources#kafka}), so the job's watermark is the minimum over partitions;
     * the results equal those of the same records read from a file as long as each partition is in
     * event-time order within the out-of-orderness bound.
     */
    public static void fromKafka(
            StreamExecutionEnvironment env, KafkaTopic topic, StreamSettings settings, StreamOutputs outputs) {
        DataStream<ParsedLine> lines =
                RecordSources.kafka(env, topic, eventTime(settings, (line, previous) -> line.time_ms()));
        SingleOutputStreamOperator<DetectorRecord> records = lines.process(new SplitParsedLines(REJECTED))
                .returns(TypeInformation.of(DetectorRecord.class))
                .setParallelism(lines.getParallelism())
                .name("parsed");
        records.getSideOutput(REJECTED)
                .sinkTo(outputs.sink("rejected"))
                .name("rejected")
                .setParallelism(1);
        build(records, settings, outputs, false);
    }

    /** Adds the job for a stream of records (already parsed, e.g. generated). */
    public static void fromRecords(DataStream<DetectorRecord> records, StreamSettings settings, StreamOutputs outputs) {
        build(records, settings, outputs, true);
    }

    private static <T> WatermarkStrategy<T> eventTime(
            StreamSettings settings, SerializableTimestampAssigner<T> timestamps) {
        long bound = settings.outOfOrderness_ms();
        return WatermarkStrategy.<T>forGenerator(context -> new EventTimeWatermarks<>(bound))
                .withTimestampAssigner(timestamps)
                .withIdleness(Duration.ofMillis(settings.idleness_ms()));
    }

    private static void build(
            DataStream<DetectorRecord> records,
            StreamSettings settings,
            StreamOutputs outputs,
            boolean assignEventTime) {
        // records and results are immutable, so chained operators may pass them without copying
        records.getExecutionEnvironment().getConfig().enableObjectReuse();
        // parse, event time and split stay with the source's parallelism (forward, chained): records of
        // one camera then reach its detector in source order
        int sourceParallelism = records.getParallelism();
        DataStream<DetectorRecord> timed = records;
        if (assignEventTime) {
            timed = records.assignTimestampsAndWatermarks(eventTime(settings, (r, previous) -> r.time_ms()))
                    .setParallelism(sourceParallelism)
                    .name("event time");
        }
        SingleOutputStreamOperator<LoopRecord> loops = timed.process(new SplitRecords(settings.allowedLateness_ms()))
                .setParallelism(sourceParallelism)
                .name("split");
        DataStream<VehicleObservation> vehicles = loops.getSideOutput(SplitRecords.VEHICLES);
        Duration window = Duration.ofSeconds(settings.window_s());
        Duration lateness = Duration.ofMillis(settings.allowedLateness_ms());

        DataStream<LoopRecord> upstream =
                loops.filter(r -> r.station() == LoopStation.UP).name("upstream loops");
        SingleOutputStreamOperator<LaneStats> lanes = upstream.keyBy(r -> r.road() + '#' + r.lane())
                .window(TumblingEventTimeWindows.of(window))
                .allowedLateness(lateness)
                .sideOutputLateData(LATE_LOOPS)
                .aggregate(new LoopWindow(), new LaneResult())
                .name("lane windows");
        SingleOutputStreamOperator<RoadStats> roads = upstream.keyBy(LoopRecord::road)
                .window(TumblingEventTimeWindows.of(window))
                .allowedLateness(lateness)
                .aggregate(new LoopWindow(), new RoadResult())
                .name("road windows");
        SingleOutputStreamOperator<RoadTravelTimes> travel = loops.getSideOutput(SplitRecords.PASSAGES)
                .keyBy(PassagePairing::key)
                .process(new PassagePairing(Duration.ofMinutes(15).toMillis()))
                .name("pair passages")
                .keyBy(TravelTime::road)
                .window(TumblingEventTimeWindows.of(Duration.ofSeconds(settings.travelWindow_s())))
                .allowedLateness(lateness)
                .sideOutputLateData(LATE_TRAVEL)
                .aggregate(new TravelWindow(), new TravelResult())
                .name("travel-time windows");

        LoopComparisonParameters loopParameters = LoopComparisonParameters.DEFAULT;
        CameraStoppedParameters cameraParameters = CameraStoppedParameters.DEFAULT;
        SingleOutputStreamOperator<IncidentAlarm> loopAlarms = loops.keyBy(LoopRecord::road)
                .process(new DetectorOperator<>(
                        () -> new LoopComparisonDetector(loopParameters), true, LoopRecord.class, LATE_LOOP_DETECTOR))
                .name(LoopComparisonDetector.NAME);
        SingleOutputStreamOperator<IncidentAlarm> cameraAlarms = vehicles.keyBy(VehicleObservation::road)
                .process(new CameraOperator(
                        () -> new CameraStoppedDetector(cameraParameters),
                        window.toMillis(),
                        lateness.toMillis(),
                        CAMERA_STATS,
                        LATE_VEHICLES))
                .name(CameraStoppedDetector.NAME + " and camera windows");
        DataStream<CameraRoadStats> cameras = cameraAlarms.getSideOutput(CAMERA_STATS);

        sink(lanes.map(new ToJson<>()).returns(Types.STRING).name("lanes json"), outputs, "lanes");
        sink(roads.map(new ToJson<>()).returns(Types.STRING).name("roads json"), outputs, "roads");
        sink(cameras.map(new ToJson<>()).returns(Types.STRING).name("cameras json"), outputs, "cameras");
        sink(travel.map(new ToJson<>()).returns(Types.STRING).name("travel json"), outputs, "travel-times");
        sink(
                loopAlarms
                        .union(cameraAlarms)
                        .map(new ToJson<>())
                        .returns(Types.STRING)
                        .name("alarms json"),
                outputs,
                "alarms");
        DataStream<String> late = loops.getSideOutput(SplitRecords.TOO_LATE)
                .union(
                        lanes.getSideOutput(LATE_LOOPS).map(r -> Json.late("lanes", r)),
                        cameraAlarms.getSideOutput(LATE_VEHICLES).map(r -> Json.late("cameras", r)),
                        travel.getSideOutput(LATE_TRAVEL).map(r -> Json.late("travel-times", r)),
                        loopAlarms
                                .getSideOutput(LATE_LOOP_DETECTOR)
                                .map(r -> Json.late(LoopComparisonDetector.NAME, r)));
        sink(late, outputs, "late");
    }

    private static void sink(DataStream<String> lines, StreamOutputs outputs, String name) {
        lines.sinkTo(outputs.sink(name)).name(name).setParallelism(1);
    }

    private static final class LaneResult
            extends ProcessWindowFunction<LoopWindow.Sums, LaneStats, String, TimeWindow> {
        @Override
        public void process(String key, Context ctx, Iterable<LoopWindow.Sums> sums, Collector<LaneStats> out) {
            LoopWindow.Sums s = sums.iterator().next();
            int hash = key.lastIndexOf('#');
            long window_s = (ctx.window().getEnd() - ctx.window().getStart()) / 1000;
            out.collect(new LaneStats(
                    key.substring(0, hash),
                    Integer.parseInt(key.substring(hash + 1)),
                    ctx.window().getEnd(),
                    window_s,
                    round(s.flow_vph(window_s)),
                    round(s.occupancy()),
                    round(s.speed_mps()),
                    CongestionLevel.of(s.occupancy(), s.speed_mps())));
        }
    }

    private static final class RoadResult
            extends ProcessWindowFunction<LoopWindow.Sums, RoadStats, String, TimeWindow> {
        @Override
        public void process(String road, Context ctx, Iterable<LoopWindow.Sums> sums, Collector<RoadStats> out) {
            LoopWindow.Sums s = sums.iterator().next();
            long window_s = (ctx.window().getEnd() - ctx.window().getStart()) / 1000;
            out.collect(new RoadStats(
                    road,
                    ctx.window().getEnd(),
                    window_s,
                    round(s.flow_vph(window_s)),
                    round(s.occupancy()),
                    round(s.speed_mps()),
                    CongestionLevel.of(s.occupancy(), s.speed_mps())));
        }
    }

    /** Sums of travel times: vehicles, total and longest. */
    public static final class TravelSums {
        public int vehicles;
        public double total_s;
        public double max_s;

        public TravelSums() {}
    }

    private static final class TravelWindow implements AggregateFunction<TravelTime, TravelSums, TravelSums> {
        @Override
        public TravelSums createAccumulator() {
            return new TravelSums();
        }

        @Override
        public TravelSums add(TravelTime t, TravelSums s) {
            s.vehicles++;
            s.total_s += t.travel_s();
            s.max_s = Math.max(s.max_s, t.travel_s());
            return s;
        }

        @Override
        public TravelSums getResult(TravelSums s) {
            return s;
        }

        @Override
        public TravelSums merge(TravelSums a, TravelSums b) {
            a.vehicles += b.vehicles;
            a.total_s += b.total_s;
            a.max_s = Math.max(a.max_s, b.max_s);
            return a;
        }
    }

    private static final class TravelResult
            extends ProcessWindowFunction<TravelSums, RoadTravelTimes, String, TimeWindow> {
        @Override
        public void process(String road, Context ctx, Iterable<TravelSums> sums, Collector<RoadTravelTimes> out) {
            TravelSums s = sums.iterator().next();
            out.collect(new RoadTravelTimes(
                    road,
                    ctx.window().getEnd(),
                    (ctx.window().getEnd() - ctx.window().getStart()) / 1000,
                    s.vehicles,
                    round(s.total_s / Math.max(1, s.vehicles)),
                    s.max_s));
        }
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
