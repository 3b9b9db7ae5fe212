package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Webster plans on the test crossroads, fed by stop-line counters that grow at a steady rate: east-west
 * (in_0, in_2; phases 1 and 3) at {@code ew} vehicles per second, north-south (in_1, in_3; phases 2
 * and 4) at {@code ns}.
 */
class WebsterControllerTest {
    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final IntersectionLayout layout =
            new IntersectionLayout(network, network.findIntersection("junction").orElseThrow());

    private int lane(String road) {
        return network.firstLane(network.findRoad(road).orElseThrow());
    }

    private FakeReadings flows(double time_s, double ew, double ns) {
        FakeReadings r = new FakeReadings();
        r.departures(lane("in_0"), Math.round(ew * time_s)).departures(lane("in_2"), Math.round(ew * time_s));
        r.departures(lane("in_1"), Math.round(ns * time_s)).departures(lane("in_3"), Math.round(ns * time_s));
        return r;
    }

    /** Decisions under free phase lengths, each asked when the previous one's duration has run out. */
    private List<PhaseDecision> run(WebsterController controller, int decisions, double ew, double ns) {
        List<PhaseDecision> out = new ArrayList<>();
        double t = 0;
        int current = -1;
        for (int i = 0; i < decisions; i++) {
            PhaseDecision d = controller.decide(new SignalContext(t, current, 0, false, flows(t, ew, ns)));
            out.add(d);
            t += d.duration_s();
            current = d.phase();
        }
        return out;
    }

    @Test
    void theFirstCycleSplitsEquallyBeforeAnyFlowIsMeasured() {
        WebsterController controller = new WebsterController(layout, SignalProtocol.PRACTITIONER);
        List<PhaseDecision> first = run(controller, 4, 0.2, 0.05);

        assertThat(first).extracting(PhaseDecision::phase).containsExactly(1, 2, 3, 4);
        // 60 s cycle less 4 × 5 s clearance, split four ways
        assertThat(controller.greens_s()).containsExactly(10.0, 10.0, 10.0, 10.0);
        assertThat(first.get(0).duration_s())
                .as("no clearance before the first green")
                .isEqualTo(10.0);
        assertThat(first.get(1).duration_s()).as("clearance + green").isEqualTo(15.0);
    }

    @Test
    void theCycleFollowsWebstersFormulaWithinItsBounds() {
        WebsterController.Config c = WebsterController.Config.DEFAULT;
        // L = 4 phases × 5 s clearance, Y = 0.6: C = (1.5 × 20 + 5) / (1 − 0.6)
        assertThat(WebsterController.websterCycle_s(0.6, 20, c)).isCloseTo(87.5, within(1e-9));
        assertThat(WebsterController.websterCycle_s(0.0, 20, c)).isEqualTo(35.0);
        assertThat(WebsterController.websterCycle_s(0.0, 0, c))
                .as("at least 30 s")
                .isEqualTo(30.0);
        assertThat(WebsterController.websterCycle_s(0.9, 20, c))
                .as("at most 150 s")
                .isEqualTo(150.0);
        assertThat(WebsterController.websterCycle_s(1.2, 20, c)).isEqualTo(150.0);
    }

    @Test
    void theBusierPhaseGetsTheLongerGreenInProportionToItsFlowRatio() {
        WebsterController controller = new WebsterController(layout, SignalProtocol.PRACTITIONER);
        run(controller, 24, 0.1, 0.05);

        // y = q / s = 0.2 (east-west) and 0.1 (north-south) per phase, Y = 0.6: C = 87.5 s, effective
        // green 67.5 s split 2:1:2:1 (22.5 and 11.25 s); the counters' whole vehicles blur it a little
        assertThat(controller.cycle_s()).isBetween(75.0, 105.0);
        double[] g = controller.greens_s();
        assertThat(g[0] / g[1]).isCloseTo(2.0, within(0.3));
        assertThat(g[2] / g[3]).isCloseTo(2.0, within(0.3));
        assertThat(g[0]).isCloseTo(22.5, within(4.0));
    }

    @Test
    void oversaturationRunsTheLongestCycle() {
        WebsterController controller = new WebsterController(layout, SignalProtocol.PRACTITIONER);
        run(controller, 8, 0.4, 0.3);

        assertThat(controller.cycle_s()).isEqualTo(150.0);
        assertThat(Arrays.stream(controller.greens_s()).boxed())
                .allSatisfy(g -> assertThat(g).isLessThanOrEqualTo(60.0));
    }

    @Test
    void lightTrafficKeepsTheShortestCycleAndEveryMinimumGreen() {
        WebsterController controller = new WebsterController(layout, SignalProtocol.PRACTITIONER);
        run(controller, 12, 0.01, 0.0);

        assertThat(controller.cycle_s()).isLessThan(60.0);
        assertThat(Arrays.stream(controller.greens_s()).boxed())
                .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(10.0));
    }

    @Test
    void underTheCityflowWindowAPhaseIsKeptForAsManyWindowsAsItsSplitAllows() {
        WebsterController controller = new WebsterController(layout, SignalProtocol.CITYFLOW);
        List<Integer> phases = new ArrayList<>();
        for (int w = 0; w < 22; w++) {
            double t = 15.0 * w;
            phases.add(controller
                    .decide(new SignalContext(t, -1, 0, false, flows(t, 0.1, 0.05)))
                    .phase());
        }

        // first cycle: one window each; from the third cycle on: greens 22.5/11.25 s + 5 s clearance
        assertThat(phases.subList(0, 4)).containsExactly(1, 2, 3, 4);
        assertThat(controller.windows()).containsExactly(2, 1, 2, 1);
        assertThat(phases.subList(phases.size() - 6, phases.size())).containsExactly(1, 1, 2, 3, 3, 4);
    }
}
