package org.smartcity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.smartcity.stream.job.StreamSettings;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.sink.LiveBoard;
import org.smartcity.stream.sink.LiveBoardSink;
import org.smartcity.stream.source.KafkaStart;
import org.smartcity.stream.source.KafkaTestBroker;
import org.smartcity.stream.source.KafkaTopic;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.DetectorRecordJson;
import org.smartcity.traffic.detect.InvalidRecordException;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.LoopStation;
import org.smartcity.traffic.detect.PassageLine;
import org.smartcity.traffic.detect.PassageRecord;
import org.smartcity.traffic.detect.VehicleObservation;

/**
 * The job reading a topic of a real Kafka broker (KRaft, in this JVM) gives exactly what it gives on the
 * same records read as a file, although the topic has three partitions read by two source tasks that
 * take turns between partitions (so records arrive far out of event-time order across roads).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KafkaSourceTest {
    private static final StreamSettings SETTINGS = new StreamSettings(60, 120, 5_000, 10_000, 10_000);
    private static final String[] ROADS = {"r1", "r2", "r3", "r4", "r5"};

    private static KafkaTestBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    /**
     * Ten minutes of five roads with two lanes each: upstream and stop-line loops every 10 s, one moving
     * object per lane in each camera's view every second, entry and stop-line passages; on r2 lane 1 an
     * object stopped mid-view from 200 s (a camera alarm), on r4 lane 0 vehicles that pass the upstream
     * loop and never reach the stop line (a loop alarm); two records 3 s out of order; two bad lines.
     */
    private static List<String> handMadeFeed() {
        List<String> lines = new ArrayList<>();
        for (int t = 1; t <= 600; t++) {
            for (String road : ROADS) {
                for (int lane = 0; lane < 2; lane++) {
                    boolean vanishing = road.equals("r4") && lane == 0;
                    double distance = 150 - (t * 10 % 150);
                    lines.add(
                            write(new VehicleObservation(t * 1000L, "cam-" + road, road, lane, t / 15, distance, 10)));
                    if (road.equals("r2") && lane == 1 && t >= 200) {
                        lines.add(write(new VehicleObservation(t * 1000L, "cam-" + road, road, lane, 999, 80, 0)));
                    }
                    if (t % 10 == 0) {
                        int up = vanishing ? (t <= 100 ? 2 : 0) : 1 + (t / 10 + lane) % 3;
                        int down = vanishing ? 0 : up;
                        lines.add(loop(t, road, lane, LoopStation.UP, up));
                        lines.add(loop(t, road, lane, LoopStation.DOWN, down));
                    }
                    int entered = t - 25 - lane * 5; // passages at their own time: each road's feed stays ordered
                    if (t % 15 == 0 && !vanishing) {
                        lines.add(passage(t, road, lane, PassageLine.ENTRY, road + "-" + lane + "-" + t));
                    }
                    if (entered > 0 && entered % 15 == 0 && !vanishing) {
                        lines.add(passage(t, road, lane, PassageLine.STOP, road + "-" + lane + "-" + entered));
                    }
                }
            }
            if (t == 300) {
                lines.add(loop(297, "r1", 0, LoopStation.UP, 4)); // 3 s out of order, within the 5 s bound
                lines.add("not json");
                lines.add("{\"type\":\"radar\",\"time_ms\":300000,\"road\":\"r1\",\"lane\":0}");
                lines.add(loop(298, "r3", 1, LoopStation.DOWN, 0));
            }
        }
        return lines;
    }

    private static String loop(long t_s, String road, int lane, LoopStation station, int count) {
        return write(new LoopRecord(
                t_s * 1000,
                road + "_" + lane + "/" + station,
                road,
                lane,
                station,
                station == LoopStation.UP ? 20 : 250,
                10,
                count,
                count == 0 ? 0 : 0.05 * count,
                count == 0 ? 0 : 9));
    }

    private static String passage(long t_s, String road, int lane, PassageLine line, String token) {
        return write(new PassageRecord(t_s * 1000, "cam-" + road, road, lane, line, token));
    }

    private static String write(DetectorRecord r) {
        return DetectorRecordJson.write(r);
    }

    /** Each output's lines, sorted: the order of lines across keys depends on task scheduling. */
    private static Map<String, List<String>> outputs(LiveBoard board) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String name : TrafficStreamJob.OUTPUTS) {
            assertThat(board.count(name)).as(name).isLessThan(5_000);
            out.put(name, board.latest(name).stream().sorted().toList());
        }
        return out;
    }

    private static Map<String, List<String>> runOnFile(List<String> lines) throws Exception {
        String name = "file-" + UUID.randomUUID();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
        TrafficStreamJob.fromLines(
                env.fromData(lines).setParallelism(1), SETTINGS, output -> new LiveBoardSink(name, 5_000, output));
        env.execute("file");
        try {
            return outputs(LiveBoard.named(name, 5_000));
        } finally {
            LiveBoard.remove(name);
        }
    }

    private static Map<String, List<String>> runOnTopic(String topic) throws Exception {
        String name = "kafka-" + UUID.randomUUID();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        TrafficStreamJob.fromKafka(
                env,
                new KafkaTopic(broker.bootstrap(), topic, "test-" + topic, KafkaStart.EARLIEST, true),
                SETTINGS,
                output -> new LiveBoardSink(name, 5_000, output));
        env.execute("kafka");
        try {
            return outputs(LiveBoard.named(name, 5_000));
        } finally {
            LiveBoard.remove(name);
        }
    }

    private static String key(String line) {
        try {
            return KafkaTopic.messageKey(DetectorRecordJson.read(line));
        } catch (InvalidRecordException e) {
            return null;
        }
    }

    @Test
    void theJobOnAThreePartitionTopicGivesWhatItGivesOnTheSameRecordsFromAFile() throws Exception {
        List<String> feed = handMadeFeed();
        broker.createTopic("detectors", 3);
        List<String[]> messages = new ArrayList<>();
        for (String line : feed) {
            messages.add(new String[] {key(line), line});
        }
        messages.add(new String[] {"r1", null}); // a tombstone: no file has one
        broker.send("detectors", messages);

        Map<String, List<String>> fromFile = runOnFile(feed);
        Map<String, List<String>> fromKafka = runOnTopic("detectors");

        // the file run is not trivial: every output the feed should produce is there
        assertThat(fromFile.get("alarms"))
                .anySatisfy(a -> assertThat(a).contains("\"detector\":\"camera-stopped\"", "\"road\":\"r2\""))
                .anySatisfy(a -> assertThat(a).contains("\"detector\":\"loop-comparison\"", "\"road\":\"r4\""));
        assertThat(fromFile.get("lanes")).hasSize(ROADS.length * 2 * 11); // 10 s … 600 s: 11 windows
        assertThat(fromFile.get("travel-times")).isNotEmpty();
        assertThat(fromFile.get("cameras")).isNotEmpty();
        assertThat(fromFile.get("rejected")).hasSize(2);

        for (String output : List.of("lanes", "roads", "cameras", "travel-times", "alarms", "late")) {
            assertThat(fromKafka.get(output)).as(output).isEqualTo(fromFile.get(output));
        }
        assertThat(fromKafka.get("rejected"))
                .containsAll(fromFile.get("rejected"))
                .hasSize(3)
                .anySatisfy(r -> assertThat(r).contains("message has no value"));
    }
}
