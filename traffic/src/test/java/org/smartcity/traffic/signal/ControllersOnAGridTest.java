package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationSummary;

/** Webster, actuated, SOTL and the green wave run a generated 2×2 grid under both protocols. */
class ControllersOnAGridTest {
    @TempDir
    Path dir;

    @Test
    void everyVehicleFinishesWithAFiniteTravelTime() {
        // 300 veh/h on each of the 8 entries for 15 minutes, then 15 minutes to clear
        GridSpec spec = new GridSpec(2, 2, 300, 300, 0.2, 900, 3);
        Scenario scenario = GridScenarios.load(spec, dir);
        SignalControllers registry = SignalControllers.builtIn();
        for (String name : List.of("webster", "actuated", "sotl", "green-wave")) {
            for (SignalProtocol protocol : List.of(SignalProtocol.PRACTITIONER, SignalProtocol.CITYFLOW)) {
                Simulation sim =
                        scenario.newSimulation(registry.get(name).factory(), protocol, SimulationConfig.DEFAULT);
                sim.run(1800);
                SimulationSummary s = sim.summary();
                String what = name + " under " + protocol.name();

                assertThat(s.vehicles()).as(what).isEqualTo(scenario.demand().vehicleCount());
                assertThat(s.finished()).as(what).isEqualTo(s.vehicles());
                assertThat(s.averageTravelTime_s()).as(what).isFinite().isPositive();
            }
        }
    }
}
