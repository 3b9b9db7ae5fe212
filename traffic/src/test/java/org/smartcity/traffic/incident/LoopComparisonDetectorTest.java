package org.smartcity.traffic.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void aLoopVacatedByAStandingVehicleMustStayQuietOneIntervalLongerBeforeTheAlarm() {
        interval(10, 2, 0, 0);
        interval(20, 0, 0, 0);
        interval(30, 0, 0, 0.8); // a car stands on the stop-line loop (e.g. behind one waiting in the junction)
        interval(40, 0, 0, 0); // it crept on and the zone lies in a gap: the two due vehicles may be just behind
        assertThat(alarms).isEmpty();
        interval(50, 0, 0, 0);
        assertThat(alarms)
                .singleElement()
                .satisfies(a -> assertThat(a.time_ms()).isEqualTo(50_000));
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

    /** One interval of a lane with stations at 20 m, 135 m (mid-block) and 250 m, stop-line first. */
    private void interval3(long end_s, int interval_s, int[] counts, double[] occupancies, double upSpeed) {
        double[] positions = {20, 135, 250};
        LoopStation[] kinds = {LoopStation.UP, LoopStation.MID, LoopStation.DOWN};
        for (int s = 2; s >= 0; s--) {
            detector.accept(
                    new LoopRecord(
                            end_s * 1000,
                            "r_1/" + s,
                            "r",
                            1,
                            kinds[s],
                            positions[s],
                            interval_s,
                            counts[s],
                            occupancies[s],
                            counts[s] == 0 ? 0 : s == 0 ? upSpeed : 10),
                    alarms::add);
        }
    }

    private void interval3(long end_s, int up, int mid, int down, double midOccupancy, double downOccupancy) {
        interval3(end_s, 10, new int[] {up, mid, down}, new double[] {up * 0.05, midOccupancy, downOccupancy}, 10);
    }

    @Test
    void aMidBlockStationSeesAnObstacleInTheFirstHalfOneShortTravelTimeAfterAVehicleMeetsIt() {
        interval3(10, 2, 0, 0, 0, 0); // due at the mid-block loop by 10 + 115 m / 11.1 m/s × 1.1 ≈ 21 s
        interval3(20, 0, 0, 0, 0, 0);
        assertThat(alarms).isEmpty();
        interval3(30, 0, 0, 0, 0, 0);
        assertThat(alarms)
                .as("10 s before two stations 230 m apart would see it")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.time_ms()).isEqualTo(30_000);
                    assertThat(a.reason()).contains("at 20 m", "at 135 m");
                });
    }

    @ParameterizedTest
    @CsvSource({"11, 22000", "0.5, 25000"})
    void aVehicleCountedWhilePullingAwayFromAQueueGetsTheTimeToAccelerate(double upSpeed, long alarm_ms) {
        for (int t = 1; t <= 30; t++) {
            boolean passes = t == 10;
            interval3(t, 1, new int[] {passes ? 1 : 0, 0, 0}, new double[] {passes ? 0.5 : 0, 0, 0}, upSpeed);
        }
        // 115 m: 10.4 s at 11 m/s, 12.9 s from 0.5 m/s accelerating at 2 m/s²; × 1.1 slack
        assertThat(alarms)
                .singleElement()
                .satisfies(a -> assertThat(a.time_ms()).isEqualTo(alarm_ms));
    }

    @Test
    void aQueueStandingOverTheMidBlockLoopWithItsZoneInAGapIsNoIncident() {
        // red: 12 vehicles pass the mid-block loop and queue back from the stop line (115 m hold 15 at jam)
        interval3(10, 3, 0, 0, 0, 1.0);
        for (int t = 20; t <= 50; t += 10) {
            interval3(t, 3, 3, 0, 0.3, 1.0);
        }
        // the queue reaches the mid-block loop, whose zone lies in a gap: it reads quiet while cars
        // counted upstream stop behind it
        for (int t = 60; t <= 80; t += 10) {
            interval3(t, 3, 0, 0, 0, 1.0);
        }
        // green: the stop line discharges; the queue's rear starts only when the wave reaches it
        for (int t = 90; t <= 110; t += 10) {
            interval3(t, 2, 0, 4, 0, 0.6);
        }
        interval3(120, 1, 5, 0, 0.6, 0); // the rear passes the mid-block loop, the stop line waits for it
        interval3(130, 1, 5, 3, 0.6, 0.4);
        interval3(140, 1, 4, 4, 0.5, 0.5);
        interval3(150, 1, 2, 4, 0.2, 0.5);
        assertThat(alarms).isEmpty();
    }

    @Test
    void anObstacleBeforeTheMidBlockLoopIsSeenWhileAShortRedQueueStandsAtTheStopLine() {
        interval3(10, 1, 0, 0, 0, 1.0);
        interval3(20, 1, 1, 0, 0.2, 1.0);
        interval3(30, 1, 1, 0, 0.2, 1.0); // two vehicles wait at the red light; the obstacle stops the third
        interval3(40, 1, 0, 0, 0, 1.0);
        assertThat(alarms).isEmpty();
        interval3(50, 0, 0, 0, 0, 1.0); // the third was due at the mid-block loop by 30 + 11.4 s
        assertThat(alarms)
                .singleElement()
                .satisfies(a -> assertThat(a.time_ms()).isEqualTo(50_000));
    }

    @Test
    void travelTimeGrowsForAVehicleCountedBelowTheFreeSpeed() {
        LoopComparisonParameters p = LoopComparisonParameters.DEFAULT;
        assertThat(LoopComparisonDetector.travel_ms(111, 11.1, p)).isEqualTo(11_000);
        assertThat(LoopComparisonDetector.travel_ms(111, 30, p)).isEqualTo(11_000);
        // from standstill: 5.55 s over the first 30.8 m, then 80.2 m at 11.1 m/s
        assertThat(LoopComparisonDetector.travel_ms(111, 0, p)).isEqualTo(Math.round(1100 * (5.55 + 80.1975 / 11.1)));
        // too short to reach the free speed: √(2 d / a)
        assertThat(LoopComparisonDetector.travel_ms(4, 0, p)).isEqualTo(2_200);
    }
}
