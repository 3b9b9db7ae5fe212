package org.smartcity.traffic.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.LoopStation;

/** Hand-made loop intervals: stations 20 m and 250 m from the lane start, 10 s intervals. */
class LoopComparisonDetectorTest {
    private final LoopComparisonDetector detector = new LoopComparisonDetector(LoopComparisonParameters.DEFAULT);
    private final List<IncidentAlarm> alarms = new ArrayList<>();

    private void interval(long end_s, int up, int down, double downOccupancy) {
        detector.accept(
                new LoopRecord(end_s * 1000, "u", "r", 1, LoopStation.UP, 20, 10, up, up * 0.05, 10), alarms::add);
        detector.accept(
                new LoopRecord(end_s * 1000, "d", "r", 1, LoopStation.DOWN, 250, 10, down, downOccupancy, 8),
                alarms::add);
    }

    @Test
    void vehiclesThatNeverReachTheStopLineLoopRaiseAnAlarmOnceTheyAreOverdue() {
        interval(10, 2, 0, 0); // two vehicles enter; free travel 230 m at 11.1 m/s × 1.1 ≈ 23 s
        interval(20, 0, 0, 0);
        interval(30, 0, 0, 0);
        assertThat(alarms).isEmpty();
        interval(40, 0, 0, 0);
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.time_ms()).isEqualTo(40_000);
            assertThat(a.reason()).startsWith("2 vehicles");
        });
        interval(50, 1, 0, 0);
        assertThat(alarms).hasSize(1);
    }

    @Test
    void aQueueStandingOnTheStopLineLoopDuringRedIsNoIncident() {
        interval(10, 3, 0, 0);
        for (int t = 20; t <= 90; t += 10) {
            interval(t, 1, 0, 1.0); // red: the queue covers the stop-line loop, nothing passes
        }
        interval(100, 0, 8, 0.6);
        assertThat(alarms).isEmpty();
    }

    @Test
    void aGreenDischargeAfterALongRedIsNoIncident() {
        for (int t = 10; t <= 60; t += 10) {
            interval(t, 2, 0, 1.0); // red: 12 vehicles join a queue standing on the stop-line loop
        }
        interval(70, 2, 5, 0.7); // green: the queue leaves at saturation flow while more arrive (17 in, 17 out)
        interval(80, 2, 5, 0.7);
        interval(90, 1, 4, 0.5);
        interval(100, 0, 2, 0.2);
        interval(110, 0, 0, 0); // the last arrivals are still on their way (≤ 23 s)
        interval(120, 0, 1, 0.05);
        interval(130, 0, 0, 0);
        assertThat(alarms).isEmpty();
    }

    @Test
    void aSingleOverdueVehicleRaisesTheAlarmWhileTheStopLineLoopIsQuiet() {
        interval(10, 1, 0, 0); // due at the stop-line loop by 10 + 23 s
        interval(20, 0, 0, 0);
        interval(30, 0, 0, 0);
        assertThat(alarms).isEmpty();
        interval(40, 0, 0, 0);
        assertThat(alarms).singleElement().satisfies(a -> assertThat(a.reason()).startsWith("1 vehicles"));
    }

    @Test
    void vehiclesThatArriveInTimeRaiseNothingAndTheLaneReArmsAfterAnAlarm() {
        interval(10, 2, 0, 0);
        interval(20, 0, 0, 0);
        interval(30, 0, 2, 0.1);
        interval(40, 0, 0, 0);
        assertThat(alarms).isEmpty();
        interval(50, 1, 0, 0);
        for (int t = 60; t <= 90; t += 10) {
            interval(t, 0, 0, 0);
        }
        assertThat(alarms).hasSize(1);
        assertThat(detector.alarmStands("r", 1)).isTrue();
        interval(100, 0, 1, 0.05);
        assertThat(detector.alarmStands("r", 1))
                .as("re-armed when the stop-line loop counts again")
                .isFalse();
        interval(110, 1, 0, 0);
        for (int t = 120; t <= 150; t += 10) {
            interval(t, 0, 0, 0);
        }
        assertThat(alarms).hasSize(2);
    }
}
