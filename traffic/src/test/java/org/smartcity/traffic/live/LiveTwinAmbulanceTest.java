package org.smartcity.traffic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

/** An operator dispatches an ambulance into the running twin: routed, pre-empted, shown, then its result. */
class LiveTwinAmbulanceTest {
    @TempDir
    Path dir;

    private Scenario grid() {
        return GridScenarios.load(new GridSpec(3, 3, 300, 500, 0.2, 1800, 5), dir);
    }

    private static LiveTwin.Settings paused(SignalProtocol protocol, String controller) {
        return new LiveTwin.Settings(controller, protocol, SimulationConfig.DEFAULT.withSeed(3), 1, 3600, 5, true);
    }

    /** The boundary road into the grid and the boundary road out of it farthest apart at free flow. */
    private static String[] longestTrip(RoadNetwork n) {
        RoadRouter router = new RoadRouter(n);
        double[] free = RoadRouter.freeFlowTimes_s(n);
        String[] best = null;
        double longest = -1;
        for (int o = 0; o < n.roadCount(); o++) {
            for (int d = 0; d < n.roadCount(); d++) {
                if (!n.isVirtual(n.roadFrom(o)) || !n.isVirtual(n.roadTo(d))) {
                    continue;
                }
                int[] route = router.fastestRoute(o, d, free).orElse(null);
                if (route != null && route.length > longest) {
                    longest = route.length;
                    best = new String[] {n.roadId(o), n.roadId(d)};
                }
            }
        }
        return best;
    }

    @Test
    void aDispatchedAmbulanceDrivesItsRouteWithPreemptionAndReportsItsResult() throws Exception {
        Scenario scenario = grid();
        String[] trip = longestTrip(scenario.network());
        try (LiveTwin twin = LiveTwin.start(scenario, paused(SignalProtocol.CITYFLOW, "fixed-cycle"))) {
            twin.step(400).get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().ambulance()).isNull();

            twin.dispatchAmbulance(trip[0], trip[1]).get(30, TimeUnit.SECONDS);
            TwinAmbulance dispatched = twin.latestFrame().ambulance();
            assertThat(dispatched.origin()).isEqualTo(trip[0]);
            assertThat(dispatched.destination()).isEqualTo(trip[1]);
            assertThat(dispatched.dispatched_s()).isEqualTo(400.0);
            assertThat(dispatched.state()).isEqualTo(TwinAmbulance.State.WAITING);
            assertThat(dispatched.route().length).isGreaterThanOrEqualTo(5);
            assertThat(dispatched.eta_s()).isGreaterThanOrEqualTo(400 + dispatched.freeFlow_s() - 1e-6);

            assertThatThrownBy(() -> twin.dispatchAmbulance(trip[0], trip[1]).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already on its way");

            boolean sawGreenHeld = false;
            boolean moved = false;
            TwinAmbulance last = dispatched;
            for (int s = 0; s < 900 && last.state() != TwinAmbulance.State.ARRIVED; s++) {
                twin.step(1).get(30, TimeUnit.SECONDS);
                last = twin.latestFrame().ambulance();
                for (boolean green : last.preemptedGreen()) {
                    sawGreenHeld |= green;
                }
                moved |= last.x_m() != dispatched.x_m() || last.y_m() != dispatched.y_m();
            }
            assertThat(last.state()).as("it arrives within 900 s").isEqualTo(TwinAmbulance.State.ARRIVED);
            assertThat(moved).isTrue();
            assertThat(sawGreenHeld)
                    .as("some junction showed the pre-emption green")
                    .isTrue();
            assertThat(last.preempted())
                    .as("no junction is held once it has arrived")
                    .isEmpty();
            assertThat(last.elapsed_s())
                    .as("no faster than free flow allows")
                    .isGreaterThanOrEqualTo(0.9 * last.freeFlow_s());
            assertThat(last.eta_s()).isEqualTo(last.dispatched_s() + last.elapsed_s());

            twin.dispatchAmbulance(trip[0], trip[1]).get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().ambulance().state())
                    .as("a new one may go once the last has arrived")
                    .isEqualTo(TwinAmbulance.State.WAITING);
        }
    }

    @Test
    void badRoadsAreRefusedNamingTheField() {
        Scenario scenario = grid();
        RoadNetwork n = scenario.network();
        String anyRoad = n.roadId(0);
        try (LiveTwin twin = LiveTwin.start(scenario, paused(SignalProtocol.CITYFLOW, "fixed-cycle"))) {
            assertThatThrownBy(() -> twin.dispatchAmbulance("nowhere", anyRoad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("origin: no road 'nowhere' in this network");
            assertThatThrownBy(() -> twin.dispatchAmbulance(anyRoad, "nowhere"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("destination: no road 'nowhere' in this network");
            assertThatThrownBy(() -> twin.dispatchAmbulance(anyRoad, anyRoad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("destination: must be another road");
            String exit = null;
            String entry = null;
            for (int r = 0; r < n.roadCount(); r++) {
                if (n.isVirtual(n.roadTo(r))) {
                    exit = n.roadId(r);
                }
                if (n.isVirtual(n.roadFrom(r))) {
                    entry = n.roadId(r);
                }
            }
            String from = exit;
            String to = entry;
            assertThatThrownBy(() -> twin.dispatchAmbulance(from, to))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("destination: road '" + to + "' cannot be reached");
        }
    }

    @Test
    void aTwinWithoutClearancePhaseRefusesPreemption() {
        Scenario scenario = grid();
        String[] trip = longestTrip(scenario.network());
        try (LiveTwin twin = LiveTwin.start(scenario, paused(SignalProtocol.NATIVE, "plan"))) {
            assertThatThrownBy(() -> twin.dispatchAmbulance(trip[0], trip[1]))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("clearance");
        }
    }
}
