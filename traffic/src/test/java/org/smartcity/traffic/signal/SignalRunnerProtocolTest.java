package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * The protocol rules SignalRunner enforces for every controller: under {@link SignalProtocol#CITYFLOW}
 * decisions every 15 s and a 5 s clearance phase (phase 0) after a change of phase, none without a
 * change; under {@link SignalProtocol#NATIVE} the controller's own durations.
 */
class SignalRunnerProtocolTest {
    private static final LaneReadings NO_TRAFFIC = new LaneReadings() {
        @Override
        public int vehicles(int lane, double range_m) {
            return 0;
        }

        @Override
        public int waitingVehicles(int lane, double range_m) {
            return 0;
        }

        @Override
        public long departures(int lane) {
            return 0;
        }
    };

    /** A controller that plays back a script of phases and records when it was asked. */
    static final class ScriptedController implements SignalController {
        private final int[] script;
        private final double duration_s;
        final List<Double> decisionTimes = new ArrayList<>();
        final List<Integer> currentPhases = new ArrayList<>();

        ScriptedController(double duration_s, int... script) {
            this.script = script;
            this.duration_s = duration_s;
        }

        @Override
        public PhaseDecision decide(SignalContext context) {
            int i = decisionTimes.size();
            decisionTimes.add(context.time_s());
            currentPhases.add(context.currentPhase());
            return new PhaseDecision(script[Math.min(i, script.length - 1)], duration_s);
        }
    }

    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final int junction = network.findIntersection("junction").orElseThrow();

    /** Shown phase at each second 0..seconds-1. */
    private List<Integer> shownPhases(SignalRunner runner, int seconds) {
        List<Integer> shown = new ArrayList<>();
        for (int t = 0; t < seconds; t++) {
            runner.update(t, NO_TRAFFIC);
            shown.add(runner.shownPhase(junction));
            for (int link : network.roadLinksOf(junction)) {
                assertThat(runner.isGreen(link))
                        .as("road link %d at %d s", link, t)
                        .isEqualTo(network.phasesOf(junction)
                                .get(runner.shownPhase(junction))
                                .allows(link));
            }
        }
        return shown;
    }

    @Test
    void cityflowProtocolDecidesEvery15Seconds() {
        ScriptedController controller = new ScriptedController(40, 1, 2, 2, 3, 1);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.CITYFLOW);

        shownPhases(runner, 75);

        // the controller's own duration (40 s) is ignored under the fixed window
        assertThat(controller.decisionTimes).containsExactly(0.0, 15.0, 30.0, 45.0, 60.0);
        assertThat(controller.currentPhases).containsExactly(-1, 1, 2, 2, 3);
    }

    @Test
    void cityflowProtocolShowsTheClearancePhaseFor5SecondsOnAChange() {
        ScriptedController controller = new ScriptedController(15, 1, 2, 2, 3, 1);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.CITYFLOW);

        List<Integer> shown = shownPhases(runner, 75);

        // 0-14: phase 1 (first decision); 15-29: change to 2; 30-44: no change; 45-59: change to 3; 60-74: to 1
        assertThat(shown.subList(0, 15)).containsOnly(1);
        assertThat(shown.subList(15, 20)).as("clearance after 1 -> 2").containsOnly(0);
        assertThat(shown.subList(20, 30)).containsOnly(2);
        assertThat(shown.subList(30, 45)).as("no change, no clearance").containsOnly(2);
        assertThat(shown.subList(45, 50)).as("clearance after 2 -> 3").containsOnly(0);
        assertThat(shown.subList(50, 60)).containsOnly(3);
        assertThat(shown.subList(60, 65)).as("clearance after 3 -> 1").containsOnly(0);
        assertThat(shown.subList(65, 75)).containsOnly(1);
    }

    @Test
    void keepingThePhaseNeverShowsTheClearancePhase() {
        ScriptedController controller = new ScriptedController(15, 4);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.CITYFLOW);

        List<Integer> shown = shownPhases(runner, 120);

        assertThat(shown).containsOnly(4);
        assertThat(controller.decisionTimes).hasSize(8);
        assertThat(runner.phaseChanges()).as("only the first setting").isEqualTo(1);
    }

    @Test
    void nativeProtocolFollowsTheControllersDurationsWithoutClearance() {
        ScriptedController controller = new ScriptedController(10, 1, 3, 2);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.NATIVE);

        List<Integer> shown = shownPhases(runner, 30);

        assertThat(controller.decisionTimes).containsExactly(0.0, 10.0, 20.0);
        assertThat(shown.subList(0, 10)).containsOnly(1);
        assertThat(shown.subList(10, 20)).containsOnly(3);
        assertThat(shown.subList(20, 30)).containsOnly(2);
    }

    @Test
    void planControllerCyclesAllPhasesWithTheirDurationsSkippingZeroDurations() {
        RoadNetwork plan = SignalTestNetworks.crossroads(List.of(5.0, 20.0, 0.0, 10.0, 15.0));
        int j = plan.findIntersection("junction").orElseThrow();
        SignalRunner runner =
                new SignalRunner(plan, SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE);
        List<Integer> shown = new ArrayList<>();
        for (int t = 0; t < 100; t++) {
            runner.update(t, NO_TRAFFIC);
            shown.add(runner.shownPhase(j));
        }

        // cycle of 5 + 20 + 10 + 15 = 50 s, phase 2 (0 s) never shown
        for (int cycle = 0; cycle < 2; cycle++) {
            int c = 50 * cycle;
            assertThat(shown.subList(c, c + 5)).containsOnly(0);
            assertThat(shown.subList(c + 5, c + 25)).containsOnly(1);
            assertThat(shown.subList(c + 25, c + 35)).containsOnly(3);
            assertThat(shown.subList(c + 35, c + 50)).containsOnly(4);
        }
    }

    @Test
    void fixedCycleRunsPhases1To4OneWindowEach() {
        SignalRunner runner = new SignalRunner(
                network, SignalControllers.builtIn().get("fixed-cycle").factory(), SignalProtocol.CITYFLOW);

        List<Integer> shown = shownPhases(runner, 120);

        // the first window shows phase 1 at once; every later window starts with the 5 s clearance
        assertThat(shown.subList(0, 15)).containsOnly(1);
        int[] expected = {2, 3, 4, 1, 2, 3, 4};
        for (int w = 1; w < 8; w++) {
            assertThat(shown.subList(15 * w, 15 * w + 5))
                    .as("clearance of window %d", w)
                    .containsOnly(0);
            assertThat(shown.subList(15 * w + 5, 15 * w + 15))
                    .as("window %d", w)
                    .containsOnly(expected[w - 1]);
        }
    }

    @Test
    void practitionerProtocolHoldsAPhaseForItsMinimumGreen() {
        // asks to change every 2 s; the runner keeps each green for 10 s, then clears for 5 s
        ScriptedController controller = new ScriptedController(2, 1, 2, 3, 4, 1, 2);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.PRACTITIONER);

        List<Integer> shown = shownPhases(runner, 45);

        assertThat(shown.subList(0, 10)).as("first green, minimum 10 s").containsOnly(1);
        assertThat(shown.subList(10, 15)).as("clearance before the new green").containsOnly(0);
        assertThat(shown.subList(15, 25))
                .as("full minimum green after the clearance")
                .containsOnly(2);
        assertThat(shown.subList(25, 30)).containsOnly(0);
        assertThat(shown.subList(30, 40)).containsOnly(3);
        assertThat(controller.decisionTimes).startsWith(0.0, 10.0, 25.0, 40.0);
    }

    @Test
    void practitionerProtocolForcesAChangeAtMaximumGreen() {
        // a controller that would keep phase 2 forever
        ScriptedController controller = new ScriptedController(5, 2);
        SignalRunner runner = new SignalRunner(network, (layout, protocol) -> controller, SignalProtocol.PRACTITIONER);

        List<Integer> shown = shownPhases(runner, 140);

        assertThat(shown.subList(0, 60)).as("green up to the 60 s maximum").containsOnly(2);
        assertThat(shown.subList(60, 65)).as("clearance at maximum green").containsOnly(0);
        assertThat(shown.get(65)).as("another phase").isNotEqualTo(2).isNotEqualTo(0);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < shown.size(); i++) {
            run = i > 0 && shown.get(i).equals(shown.get(i - 1)) ? run + 1 : 1;
            if (shown.get(i) != 0) {
                longest = Math.max(longest, run);
            }
        }
        assertThat(longest).as("no green longer than the maximum").isLessThanOrEqualTo(60);
        assertThat(runner.clearances()).isPositive();
    }

    @Test
    void everyChangeOfGreenPassesThroughTheClearancePhase() {
        for (SignalProtocol protocol : List.of(SignalProtocol.CITYFLOW, SignalProtocol.PRACTITIONER)) {
            SignalRunner runner = new SignalRunner(
                    network, SignalControllers.builtIn().get("fixed-cycle").factory(), protocol);
            List<Integer> shown = shownPhases(runner, 300);
            for (int t = 1; t < shown.size(); t++) {
                if (!shown.get(t).equals(shown.get(t - 1)) && shown.get(t) != 0) {
                    assertThat(shown.get(t - 1))
                            .as("%s at %d s", protocol.name(), t)
                            .isZero();
                }
            }
        }
    }
}
