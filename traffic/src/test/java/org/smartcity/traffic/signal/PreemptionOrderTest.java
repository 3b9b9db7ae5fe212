package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Priority requests (emergency pre-emption) on the hand-built crossroads: the runner leaves the
 * running phase through the clearance phase, shows the requested phase and holds it while the request
 * lasts, then hands the junction back to its controller; safety rules apply to requests as to
 * controllers.
 */
class PreemptionOrderTest {
    private static final LaneReadings NO_TRAFFIC = new FakeReadings();
    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final int junction = network.findIntersection("junction").orElseThrow();

    /** A request for {@code phase} from {@code from_s} (inclusive) to {@code to_s} (exclusive). */
    private PriorityRequests request(int phase, double from_s, double to_s) {
        return (intersection, time_s) -> intersection == junction && time_s >= from_s && time_s < to_s ? phase : -1;
    }

    private List<Integer> shownPhases(SignalRunner runner, int seconds) {
        List<Integer> shown = new ArrayList<>();
        for (int t = 0; t < seconds; t++) {
            runner.update(t, NO_TRAFFIC);
            shown.add(runner.shownPhase(junction));
        }
        return shown;
    }

    @Test
    void clearanceThenRequestedPhaseHeldThenBackToTheController() {
        SignalRunnerProtocolTest.ScriptedController controller =
                new SignalRunnerProtocolTest.ScriptedController(15, 1, 1, 1, 1, 1, 1, 1, 1);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.CITYFLOW);
        runner.setPriorityRequests(request(4, 20, 50));

        List<Integer> shown = shownPhases(runner, 75);

        assertThat(shown.subList(0, 20)).as("normal control").containsOnly(1);
        assertThat(shown.subList(20, 25))
                .as("clearance before the requested phase")
                .containsOnly(0);
        assertThat(shown.subList(25, 50))
                .as("requested phase held while requested")
                .containsOnly(4);
        assertThat(shown.subList(50, 55)).as("clearance on the way back").containsOnly(0);
        assertThat(shown.subList(55, 75)).as("the controller's phase again").containsOnly(1);
        assertThat(controller.decisionTimes)
                .as("no decision while pre-empted; asked again at once after")
                .contains(50.0);
        assertThat(controller.decisionTimes).noneMatch(t -> t > 20 && t < 50);
        assertThat(controller.currentPhases.get(controller.decisionTimes.indexOf(50.0)))
                .as("the controller resumes from the phase the request left")
                .isEqualTo(4);
        assertThat(runner.preemptions()).isEqualTo(1);
        assertThat(runner.clearances()).isEqualTo(2);
    }

    @Test
    void requestForTheRunningPhaseNeedsNoClearance() {
        SignalRunnerProtocolTest.ScriptedController controller =
                new SignalRunnerProtocolTest.ScriptedController(15, 2, 2, 2, 2, 2, 2);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.CITYFLOW);
        runner.setPriorityRequests(request(2, 10, 40));

        List<Integer> shown = shownPhases(runner, 60);

        assertThat(shown).containsOnly(2);
        assertThat(runner.clearances()).isZero();
        assertThat(runner.isPreempted(junction)).isFalse();
    }

    @Test
    void aRunningClearanceIsNotCutShortOrRestarted() {
        // the controller changes 1 -> 2 at 15 s (clearance 15-19); the request for 3 arrives at 17 s
        SignalRunnerProtocolTest.ScriptedController controller =
                new SignalRunnerProtocolTest.ScriptedController(15, 1, 2, 2, 2, 2);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.CITYFLOW);
        runner.setPriorityRequests(request(3, 17, 40));

        List<Integer> shown = shownPhases(runner, 40);

        assertThat(shown.subList(15, 20)).containsOnly(0);
        assertThat(shown.subList(20, 40)).containsOnly(3);
        assertThat(runner.clearances()).isEqualTo(1);
    }

    @Test
    void minimumGreenIsServedBeforeAPreemption() {
        SignalRunnerProtocolTest.ScriptedController controller =
                new SignalRunnerProtocolTest.ScriptedController(30, 1, 1, 1);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.PRACTITIONER);
        runner.setPriorityRequests(request(2, 3, 60));

        List<Integer> shown = shownPhases(runner, 40);

        assertThat(shown.subList(0, 10)).as("10 s minimum green of phase 1").containsOnly(1);
        assertThat(shown.subList(10, 15)).containsOnly(0);
        assertThat(shown.subList(15, 40)).containsOnly(2);
    }

    @Test
    void theClearancePhaseCannotBeRequested() {
        SignalRunner runner = new SignalRunner(
                network,
                (layout, protocol) -> new SignalRunnerProtocolTest.ScriptedController(15, 1),
                SignalProtocol.CITYFLOW);
        runner.setPriorityRequests(request(0, 0, 10));

        assertThatThrownBy(() -> runner.update(0, NO_TRAFFIC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clearance phase cannot be requested");
    }
}
