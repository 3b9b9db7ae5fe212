package org.smartcity.traffic.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/** On a small busy grid under fixed-cycle signals, pre-emption brings the ambulance in sooner. */
class AmbulanceOnAGridTest {
    private static final EmergencyEvaluation.Settings SHORT =
            new EmergencyEvaluation.Settings(900, 300, 400, 2, 30, 300, 0);

    @TempDir
    Path dir;

    private Scenario busyGrid() {
        return GridScenarios.load(new GridSpec(2, 3, 300, 500, 0.2, 900, 7), dir);
    }

    @Test
    void theAmbulanceArrivesSoonerWithPreemption() {
        Scenario grid = busyGrid();
        SignalControllers.Entry fixed = SignalControllers.builtIn().get("fixed-cycle");
        List<EmergencyEvaluation.Result> results = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            results.add(new EmergencyEvaluation().run(grid, fixed.factory(), SignalProtocol.CITYFLOW, SHORT, 11, run));
        }

        double without = 0;
        double with = 0;
        for (EmergencyEvaluation.Result r : results) {
            assertThat(r.signals()).isGreaterThanOrEqualTo(2);
            assertThat(r.preemptions()).isGreaterThanOrEqualTo(1);
            assertThat(r.ambulanceWith_s())
                    .as("never slower than free flow allows")
                    .isGreaterThan(r.freeFlow_s() * 0.9);
            assertThat(r.ambulanceWith_s()).isLessThanOrEqualTo(r.ambulanceWithout_s());
            without += r.ambulanceWithout_s();
            with += r.ambulanceWith_s();
        }
        assertThat(with).isLessThan(without);
    }

    @Test
    void theAmbulanceIsTheVehicleWithTheComputedId() {
        Scenario grid = busyGrid();
        int origin = 0;
        int[] route = new RoadRouter(grid.network())
                .fastestRoute(origin, origin, RoadRouter.freeFlowTimes_s(grid.network()))
                .orElseThrow();
        double departure = 123;
        Demand demand = EmergencyEvaluation.withAmbulance(grid.demand(), route, departure);
        int id = EmergencyEvaluation.ambulanceVehicleId(grid.demand(), departure);
        Simulation sim = new Simulation(
                grid.network(),
                demand,
                new org.smartcity.traffic.signal.SignalRunner(
                        grid.network(),
                        SignalControllers.builtIn().get("fixed-cycle").factory(),
                        SignalProtocol.CITYFLOW),
                SimulationConfig.DEFAULT);
        AmbulanceTracker tracker = new AmbulanceTracker(
                grid.network(), id, route, departure, EmergencyEvaluation.AMBULANCE.maxSpeed_mps());
        sim.addObserver(tracker);
        int[] firstSeenStep = {-1};
        sim.addObserver(s -> {
            if (firstSeenStep[0] < 0 && tracker.isRunning()) {
                firstSeenStep[0] = s.stepCount();
            }
        });

        sim.run(600);

        assertThat(firstSeenStep[0]).as("it enters no earlier than it departs").isGreaterThan((int) departure);
        assertThat(tracker.hasArrived()).isTrue();
        assertThat(tracker.travelTime_s())
                .isGreaterThanOrEqualTo(RoadRouter.freeFlowTimes_s(grid.network())[origin] * 0.9);
    }
}
