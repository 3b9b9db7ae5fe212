package org.smartcity.traffic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

/** Incidents injected into the live twin are detected by its virtual detectors and cleared after. */
class LiveTwinAlarmsTest {
    @TempDir
    Path dir;

    private Scenario grid() {
        return GridScenarios.load(new GridSpec(2, 2, 300, 600, 0.2, 1800, 3), dir);
    }

    private static LiveTwin.Settings paused() {
        return new LiveTwin.Settings(
                "max-pressure", SignalProtocol.CITYFLOW, SimulationConfig.DEFAULT.withSeed(7), 1, 3600, 5, true);
    }

    /** An entry road of the grid that ends at a signal (so it has loops and a camera). */
    private static String monitoredEntryRoad(RoadNetwork n) {
        for (int road : DetectorLayout.monitoredRoads(n)) {
            if (n.isVirtual(n.roadFrom(road))) {
                return n.roadId(road);
            }
        }
        throw new AssertionError("the grid has no monitored entry road");
    }

    private static Optional<TwinAlarm> alarmOn(TwinFrame f, String road, int lane) {
        return f.alarms().stream()
                .filter(a -> a.road().equals(road) && a.lane() == lane)
                .findFirst();
    }

    @Test
    void aBlockedLaneRaisesAnAlarmWithinSecondsThatClearsAfterTheIncident() throws Exception {
        Scenario scenario = grid();
        RoadNetwork n = scenario.network();
        String road = monitoredEntryRoad(n);
        int lane = 1;
        double length_m = n.laneLength_m(n.firstLane(n.findRoad(road).getAsInt()) + lane);
        try (LiveTwin twin = LiveTwin.start(scenario, paused())) {
            twin.step(300).get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().alarms())
                    .as("no alarm in normal traffic")
                    .isEmpty();

            twin.injectIncident(road, lane, length_m - 80, 240).get(30, TimeUnit.SECONDS);
            TwinFrame atInjection = twin.latestFrame();
            assertThat(atInjection.incidents()).containsExactly(new TwinIncident(road, lane, length_m - 80, 300, 540));

            Optional<TwinAlarm> alarm = Optional.empty();
            for (int s = 0; s < 60 && alarm.isEmpty(); s += 5) {
                twin.step(5).get(30, TimeUnit.SECONDS);
                alarm = alarmOn(twin.latestFrame(), road, lane);
            }
            assertThat(alarm).as("alarm within 60 simulated seconds").isPresent();
            assertThat(alarm.get().active()).isTrue();
            assertThat(alarm.get().time_s()).isBetween(300.0, 360.0);
            assertThat(alarm.get().detector()).isNotBlank();

            twin.step(240).get(30, TimeUnit.SECONDS); // the obstacle is gone at 540 s
            assertThat(twin.latestFrame().incidents()).isEmpty();
            TwinAlarm after = null;
            for (int s = 0; s < 300; s += 10) {
                twin.step(10).get(30, TimeUnit.SECONDS);
                List<TwinAlarm> onLane = twin.latestFrame().alarms().stream()
                        .filter(a -> a.road().equals(road) && a.lane() == lane)
                        .toList();
                if (onLane.stream().noneMatch(TwinAlarm::active)) {
                    after = onLane.get(0);
                    break;
                }
            }
            assertThat(after)
                    .as("every alarm on the lane cleared within 300 s after the incident")
                    .isNotNull();
            assertThat(after.cleared_s()).isGreaterThanOrEqualTo(540.0);
        }
    }

    @Test
    void badIncidentsAreRefusedNamingTheField() {
        Scenario scenario = grid();
        String road = monitoredEntryRoad(scenario.network());
        try (LiveTwin twin = LiveTwin.start(scenario, paused())) {
            assertThatThrownBy(() -> twin.injectIncident("nope", 0, 10, 60))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("road:");
            assertThatThrownBy(() -> twin.injectIncident(road, 9, 10, 60)).hasMessageStartingWith("lane:");
            assertThatThrownBy(() -> twin.injectIncident(road, 0, 1e6, 60)).hasMessageStartingWith("position_m:");
            assertThatThrownBy(() -> twin.injectIncident(road, 0, 10, 0)).hasMessageStartingWith("duration_s:");
        }
    }
}
