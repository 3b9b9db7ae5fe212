package org.smartcity.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.smartcity.stream.job.StreamSettings;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.sink.LiveBoard;
import org.smartcity.stream.sink.LiveBoardSink;
import org.smartcity.traffic.detect.DetectorRecordJson;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.LoopStation;
import org.smartcity.traffic.detect.PassageLine;
import org.smartcity.traffic.detect.PassageRecord;
import org.smartcity.traffic.detect.VehicleObservation;

/** The job on Flink's MiniCluster (a local environment) with hand-made streams. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrafficStreamJobTest {
    private static final StreamSettings SETTINGS = new StreamSettings(60, 60, 5_000, 10_000, 10_000);

    private static String loop(long t_s, int lane, LoopStation station, int count, double occupancy, double speed) {
        return DetectorRecordJson.write(new LoopRecord(
                t_s * 1000,
                "r1_" + lane + "/" + station,
                "r1",
                lane,
                station,
                switch (station) {
                    case UP -> 20;
                    case MID -> 135;
                    case DOWN -> 250;
                },
                10,
                count,
                occupancy,
                speed));
    }

    private static LiveBoard run(List<String> lines, int parallelism) throws Exception {
        String board = "test-" + UUID.randomUUID();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        TrafficStreamJob.fromLines(
                env.fromData(lines).setParallelism(1), SETTINGS, output -> new LiveBoardSink(board, 1000, output));
        env.execute("test");
        LiveBoard result = LiveBoard.named(board, 1000);
        LiveBoard.remove(board);
        return result;
    }

    @Test
    void laneWindowsSumFlowAndAverageOccupancyAndSpeed() throws Exception {
        List<String> lines = new ArrayList<>();
        // first minute: 6 intervals of 3 vehicles at 10 m/s and 10 % occupancy; second minute: 6 × 1 at 6 m/s, 40 %
        for (int k = 1; k <= 12; k++) {
            boolean first = k <= 6;
            lines.add(loop(
                    k * 10L - (k == 6 ? 0 : 0), 0, LoopStation.UP, first ? 3 : 1, first ? 0.1 : 0.4, first ? 10 : 6));
        }
        LiveBoard board = run(lines, 1);
        List<String> lanes = board.latest("lanes");
        assertThat(lanes).hasSize(3);
        // windows are [0,60) [60,120) [120,180): the record at t=60 belongs to the second
        assertThat(lanes.get(0)).contains("\"windowEnd_ms\":60000", "\"flow_vph\":900.0", "\"occupancy\":0.1");
        assertThat(lanes.get(1)).contains("\"windowEnd_ms\":120000", "\"flow_vph\":480.0", "\"speed_mps\":7.5");
        assertThat(lanes.get(2)).contains("\"windowEnd_ms\":180000", "\"flow_vph\":60.0", "\"level\":\"congested\"");
        assertThat(board.latest("roads")).hasSize(3);
        assertThat(board.count("late")).isZero();
    }

    @Test
    void recordsWithinTheBoundAreCountedAndRecordsBehindTheLatenessGoToLate() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(loop(10, 0, LoopStation.UP, 1, 0.1, 10));
        lines.add(loop(30, 0, LoopStation.UP, 1, 0.1, 10));
        lines.add(loop(27, 0, LoopStation.UP, 1, 0.1, 10)); // 3 s out of order, within the 5 s bound
        lines.add(loop(70, 0, LoopStation.UP, 1, 0.1, 10)); // watermark → 64.999 s: window [0,60) fires
        lines.add(loop(55, 0, LoopStation.UP, 5, 0.1, 10)); // late, but the window is kept until 70 s: re-fires
        lines.add(loop(140, 0, LoopStation.UP, 1, 0.1, 10)); // watermark → 134.999 s
        lines.add(loop(50, 0, LoopStation.UP, 7, 0.1, 10)); // behind watermark − lateness: late output
        LiveBoard board = run(lines, 1);
        List<String> lanes = board.latest("lanes");
        assertThat(lanes.get(0)).contains("\"windowEnd_ms\":60000", "\"flow_vph\":180.0");
        assertThat(lanes.get(1)).contains("\"windowEnd_ms\":60000", "\"flow_vph\":480.0");
        // the window took the record at 55 s; the loop detector, fed in event-time order, could not
        assertThat(board.latest("late"))
                .anySatisfy(line -> assertThat(line).contains("\"late\":\"input\"", "\"count\":7"))
                .anySatisfy(line -> assertThat(line).contains("\"late\":\"loop-comparison\"", "\"count\":5"))
                .hasSize(2);
    }

    @Test
    void malformedLinesAreRejectedWithAReasonAndTheRestIsProcessed() throws Exception {
        List<String> lines = List.of(
                "{\"type\":\"loop\",\"time_ms\":1000}",
                "not json",
                "{\"type\":\"radar\",\"time_ms\":1000,\"road\":\"r1\",\"lane\":0}",
                loop(10, 0, LoopStation.UP, 2, 0.1, 10));
        LiveBoard board = run(lines, 1);
        assertThat(board.latest("rejected")).hasSize(3);
        assertThat(board.latest("rejected").get(2)).contains("type must be loop, vehicle or passage, got radar");
        assertThat(board.latest("lanes")).singleElement().asString().contains("\"flow_vph\":120.0");
    }

    @Test
    void passagesGiveTravelTimesPerRoad() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(DetectorRecordJson.write(new PassageRecord(1_000, "cam", "r1", 1, PassageLine.ENTRY, "a")));
        lines.add(DetectorRecordJson.write(new PassageRecord(2_000, "cam", "r1", 1, PassageLine.ENTRY, "b")));
        lines.add(DetectorRecordJson.write(new PassageRecord(31_000, "cam", "r1", 1, PassageLine.STOP, "a")));
        lines.add(DetectorRecordJson.write(new PassageRecord(52_000, "cam", "r1", 1, PassageLine.STOP, "b")));
        lines.add(DetectorRecordJson.write(new PassageRecord(53_000, "cam", "r1", 1, PassageLine.STOP, "c")));
        LiveBoard board = run(lines, 2);
        assertThat(board.latest("travel-times"))
                .singleElement()
                .asString()
                .contains("\"road\":\"r1\"", "\"vehicles\":2", "\"mean_s\":40.0", "\"max_s\":50.0");
    }

    @Test
    void aStoppedObjectInViewRaisesOneCameraAlarmWithParallelismTwo() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int t = 1; t <= 20; t++) {
            lines.add(DetectorRecordJson.write(new VehicleObservation(t * 1000L, "cam", "r1", 1, 7, 80, 0)));
            lines.add(DetectorRecordJson.write(new VehicleObservation(t * 1000L, "cam", "r1", 0, 8, 1, 0)));
            lines.add(DetectorRecordJson.write(new VehicleObservation(t * 1000L, "cam2", "r2", 0, 9, 100 - t, 1)));
        }
        LiveBoard board = run(lines, 2);
        assertThat(board.latest("alarms"))
                .singleElement()
                .asString()
                .contains("\"detector\":\"camera-stopped\"", "\"road\":\"r1\"", "\"lane\":1");
        assertThat(board.latest("cameras")).hasSize(2);
    }

    @Test
    void vehiclesMissingBetweenLoopsRaiseALoopAlarmEvenWhenRecordsComeOutOfOrder() throws Exception {
        List<String> lines = new ArrayList<>();
        // two vehicles pass upstream in the first interval, none ever reaches the stop-line loop
        for (int k = 1; k <= 8; k++) {
            lines.add(loop(k * 10L, 1, LoopStation.DOWN, 0, 0, 0));
            lines.add(loop(k * 10L, 1, LoopStation.UP, k == 1 ? 2 : 0, k == 1 ? 0.1 : 0, k == 1 ? 10 : 0));
        }
        LiveBoard board = run(lines, 1);
        assertThat(board.latest("alarms"))
                .singleElement()
                .asString()
                .contains("\"detector\":\"loop-comparison\"", "\"lane\":1");
    }

    @Test
    void aMidBlockStationTurnsTheLoopAlarmOnTheSectionBeforeIt() throws Exception {
        List<String> lines = new ArrayList<>();
        // two vehicles pass upstream and never reach the mid-block loop 115 m on (due after about 11 s)
        for (int k = 1; k <= 4; k++) {
            lines.add(loop(k * 10L, 1, LoopStation.DOWN, 0, 0, 0));
            lines.add(loop(k * 10L, 1, LoopStation.MID, 0, 0, 0));
            lines.add(loop(k * 10L, 1, LoopStation.UP, k == 1 ? 2 : 0, k == 1 ? 0.1 : 0, k == 1 ? 10 : 0));
        }
        LiveBoard board = run(lines, 1);
        assertThat(board.latest("alarms"))
                .singleElement()
                .asString()
                .contains("\"detector\":\"loop-comparison\"", "\"time_ms\":30000", "at 135 m");
    }
}
