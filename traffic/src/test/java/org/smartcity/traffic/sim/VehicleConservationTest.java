package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;

/**
 * No vehicle is created or lost: at every step every departed vehicle is finished, running on the
 * network or waiting to enter; the running ones are exactly those on lanes and lane links.
 */
class VehicleConservationTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plan", "fixed-cycle", "max-pressure"})
    void departedEqualsFinishedPlusRunningPlusWaitingAtEveryStep(String controller) {
        // heavy enough that entry queues form and intersections jam
        Scenario scenario = GridScenarios.load(new GridSpec(2, 2, 300, 700, 0.3, 1200, 3), dir);
        SignalControllers.Entry entry = SignalControllers.builtIn().get(controller);
        Simulation sim = scenario.newSimulation(entry.factory(), entry.defaultProtocol(), SimulationConfig.DEFAULT);
        int[] lastFinished = {0};
        int[] mostWaiting = {0};
        sim.addObserver(s -> {
            SimulationSummary summary = s.summary();
            int[] onNetwork = {0};
            s.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> onNetwork[0]++);
            assertThat(summary.vehicles())
                    .as("departed at %s s", s.time_s())
                    .isEqualTo(summary.finished() + summary.running() + summary.waitingToEnter());
            assertThat(summary.running()).as("running at %s s", s.time_s()).isEqualTo(onNetwork[0]);
            assertThat(summary.finished()).as("finished at %s s", s.time_s()).isGreaterThanOrEqualTo(lastFinished[0]);
            assertThat(summary.vehicles()).isLessThanOrEqualTo(s.plannedVehicles());
            assertThat(summary.running()).isNotNegative();
            assertThat(summary.waitingToEnter()).isNotNegative();
            lastFinished[0] = summary.finished();
            mostWaiting[0] = Math.max(mostWaiting[0], summary.waitingToEnter());
        });

        sim.run(2400);

        SimulationSummary end = sim.summary();
        assertThat(end.vehicles()).as("every planned vehicle departed").isEqualTo(sim.plannedVehicles());
        assertThat(mostWaiting[0]).as("the entry queues were exercised").isPositive();
        assertThat(end.finished()).as("vehicles finished").isPositive();
    }
}
