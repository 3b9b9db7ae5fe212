package org.smartcity.traffic.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.detect.VehicleObservation;

class CameraStoppedDetectorTest {
    private final CameraStoppedDetector detector = new CameraStoppedDetector(CameraStoppedParameters.DEFAULT);
    private final List<IncidentAlarm> alarms = new ArrayList<>();

    private void see(long t_s, int lane, long track, double distance_m, double speed) {
        detector.accept(new VehicleObservation(t_s * 1000, "cam", "r1", lane, track, distance_m, speed), alarms::add);
    }

    @Test
    void anObjectStoppedMidBlockWithAClearLaneAheadRaisesOneAlarmAfterFiveSeconds() {
        for (int t = 1; t <= 20; t++) {
            see(t, 1, 7, 80, 0);
            see(t, 0, 8, 1, 0);
        }
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.lane()).isEqualTo(1);
            assertThat(a.time_ms()).isEqualTo(6_000);
        });
    }

    @Test
    void aQueueAtTheStopLineRaisesNothing() {
        for (int t = 1; t <= 60; t++) {
            for (int k = 0; k < 10; k++) {
                see(t, 1, k, 0.5 + 7.5 * k, 0);
            }
        }
        assertThat(alarms).isEmpty();
    }

    @Test
    void aVehicleThatMovesOnClearsTheLaneAndAnotherStopRaisesANewAlarm() {
        for (int t = 1; t <= 10; t++) {
            see(t, 1, 7, 80, 0);
        }
        assertThat(detector.alarmStands("r1", 1))
                .as("alarm stands while the object stays")
                .isTrue();
        assertThat(detector.alarmStands("r1", 0)).isFalse();
        for (int t = 11; t <= 20; t++) {
            see(t, 1, 7, 80 - 7 * (t - 10), 10);
        }
        assertThat(detector.alarmStands("r1", 1)).as("cleared once it moves on").isFalse();
        for (int t = 21; t <= 30; t++) {
            see(t, 1, 9, 60, 0);
        }
        see(31, 1, 9, 60, 0);
        assertThat(alarms).hasSize(2);
    }
}
