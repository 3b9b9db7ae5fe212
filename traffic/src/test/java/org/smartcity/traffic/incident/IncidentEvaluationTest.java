package org.smartcity.traffic.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.incident.IncidentEvaluation.DetectorScore;
import org.smartcity.traffic.incident.IncidentEvaluation.Incident;
import org.smartcity.traffic.incident.IncidentEvaluation.RunOutcome;

/** Scoring on hand-made outcomes: detections, false alarms and the lane-flow filter. */
class IncidentEvaluationTest {
    private static RunOutcome run(int run, Incident incident, IncidentAlarm... alarms) {
        return new RunOutcome(run, incident, List.of(alarms), 10, 2, 0.5);
    }

    private static Incident incident(int run, double laneFlow_vph) {
        return new Incident(run, "r" + run, 1, 100, 200, 600, 1200, false, laneFlow_vph);
    }

    private final List<RunOutcome> outcomes = List.of(
            run(0, incident(0, 300), new IncidentAlarm(640_000, "d", "r0", 1, "x")),
            run(1, incident(1, 20), new IncidentAlarm(800_000, "d", "r1", 1, "x")),
            run(2, null, new IncidentAlarm(700_000, "d", "r2", 0, "x")),
            run(3, incident(3, 300), new IncidentAlarm(650_000, "d", "r3", 0, "wrong lane")));

    @Test
    void scoresDetectionsTimesAndFalseAlarmsOverAllRuns() {
        DetectorScore all = IncidentEvaluation.score(outcomes, "d", false);
        assertThat(all.incidents()).isEqualTo(3);
        assertThat(all.detected()).isEqualTo(2);
        assertThat(all.meanTimeToDetect_s()).isEqualTo(120.0);
        assertThat(all.maxTimeToDetect_s()).isEqualTo(200.0);
        assertThat(all.falseAlarms()).isEqualTo(2);
        assertThat(all.detectorHours()).isEqualTo(20.0);
    }

    @Test
    void theLaneFlowFilterDropsQuietLanesFromDetectionButNotFromFalseAlarms() {
        DetectorScore busy = IncidentEvaluation.score(outcomes, "d", false, 60);
        assertThat(busy.incidents()).isEqualTo(2);
        assertThat(busy.detected()).isEqualTo(1);
        assertThat(busy.meanTimeToDetect_s()).isEqualTo(40.0);
        assertThat(busy.falseAlarms()).isEqualTo(2);
        assertThat(busy.detectorHours()).isEqualTo(20.0);
    }
}
