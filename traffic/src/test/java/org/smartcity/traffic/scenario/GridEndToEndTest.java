package org.smartcity.traffic.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationSummary;

/** Generate a grid, load it as CityFlow files and run an hour with every built-in controller. */
class GridEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void everyBuiltInControllerRunsAGeneratedGridToCompletion() {
        // 2x2 signals, moderately loaded: 300 veh/h on each of the 8 entries over the first 30 minutes
        GridSpec spec = new GridSpec(2, 2, 300, 300, 0.2, 1800, 1);
        Scenario scenario = GridScenarios.load(spec, dir);
        RoadNetwork network = scenario.network();
        assertThat(network.intersectionCount())
                .as("4 signals and 8 boundary intersections")
                .isEqualTo(12);
        assertThat(scenario.demand().vehicleCount()).isEqualTo(8 * 150);

        // every route crosses at least two roads between signals and boundary: a lower bound for travel time
        double shortestRoute_s = 2 * (spec.spacing_m() - GridSpec.INTERSECTION_WIDTH_M) / 11.111;
        SignalControllers controllers = SignalControllers.builtIn();
        Map<String, SimulationSummary> results = new HashMap<>();
        for (String name : controllers.names()) {
            SignalControllers.Entry entry = controllers.get(name);
            Simulation sim = scenario.newSimulation(entry.factory(), entry.defaultProtocol(), SimulationConfig.DEFAULT);
            sim.run(3600);
            SimulationSummary s = sim.summary();
            results.put(name, s);

            assertThat(s.time_s()).isEqualTo(3600.0);
            assertThat(s.vehicles()).as(name).isEqualTo(scenario.demand().vehicleCount());
            assertThat(s.finished())
                    .as("%s: everyone finishes in the half hour after the last departure", name)
                    .isEqualTo(s.vehicles());
            assertThat(s.running()).isZero();
            assertThat(s.waitingToEnter()).isZero();
            assertThat(s.averageTravelTime_s()).as(name).isFinite().isGreaterThan(shortestRoute_s);
            assertThat(s.averageDelay_s()).as(name).isFinite().isPositive();
            assertThat(s.averageTravelTime_s()).isGreaterThan(s.averageDelay_s());
            assertThat(s.stopsPerVehicle()).isFinite().isNotNegative();
            assertThat(sim.series()).hasSize(60);
        }
        // the registry may grow; the three controllers of the issue must be there
        assertThat(results.keySet()).contains("plan", "fixed-cycle", "max-pressure");
        assertThat(results.get("max-pressure").averageTravelTime_s())
                .as("max-pressure beats the fixed cycle on a moderately loaded grid")
                .isLessThan(results.get("fixed-cycle").averageTravelTime_s());
    }
}
