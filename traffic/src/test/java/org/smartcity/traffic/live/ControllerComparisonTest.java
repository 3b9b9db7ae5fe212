package org.smartcity.traffic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

class ControllerComparisonTest {
    @TempDir
    Path dir;

    @Test
    void eachControllerRunsFromTheStartAndMatchesAPlainRun() {
        Scenario scenario = GridScenarios.load(new GridSpec(2, 2, 300, 400, 0.2, 600, 5), dir);
        SignalControllers registry = SignalControllers.builtIn();
        ControllerComparison comparison = new ControllerComparison(
                scenario,
                registry,
                List.of("fixed-cycle", "max-pressure"),
                SignalProtocol.CITYFLOW,
                SimulationConfig.DEFAULT,
                600);
        assertThat(comparison.totalSteps()).isEqualTo(1200);
        List<ControllerComparison.Result> results = comparison.run();
        assertThat(comparison.stepsDone()).isEqualTo(1200);
        assertThat(results)
                .extracting(ControllerComparison.Result::controller)
                .containsExactly("fixed-cycle", "max-pressure");
        Simulation plain = scenario.newSimulation(
                registry.get("max-pressure").factory(), SignalProtocol.CITYFLOW, SimulationConfig.DEFAULT);
        plain.run(600);
        assertThat(results.get(1).summary()).isEqualTo(plain.summary());
    }

    @Test
    void unknownControllersAndImpossibleLengthsAreRefused() {
        Scenario scenario = GridScenarios.load(new GridSpec(1, 1, 300, 100, 0.2, 60, 5), dir);
        SignalControllers registry = SignalControllers.builtIn();
        assertThatThrownBy(() -> new ControllerComparison(
                        scenario,
                        registry,
                        List.of("plan", "nope"),
                        SignalProtocol.NATIVE,
                        SimulationConfig.DEFAULT,
                        60))
                .hasMessageContaining("unknown controller 'nope'");
        assertThatThrownBy(() -> new ControllerComparison(
                        scenario, registry, List.of("plan"), SignalProtocol.NATIVE, SimulationConfig.DEFAULT, 0))
                .hasMessageContaining("steps must be");
    }
}
