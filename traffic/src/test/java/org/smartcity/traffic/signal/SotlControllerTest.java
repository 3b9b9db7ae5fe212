package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/** SOTL on the test crossroads: a demand counter on red, a threshold, platoons let through. */
class SotlControllerTest {
    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final IntersectionLayout layout =
            new IntersectionLayout(network, network.findIntersection("junction").orElseThrow());

    private int lane(String road) {
        return network.firstLane(network.findRoad(road).orElseThrow());
    }

    /** Asks every second from t = 0 with phase 1 green since 0; returns the first time it switches. */
    private double firstSwitch(SotlController controller, LaneReadings readings) {
        PhaseDecision first = controller.decide(SignalContext.of(0, -1, readings));
        assertThat(first.phase()).isEqualTo(1);
        for (int t = 1; t <= 120; t++) {
            PhaseDecision d = controller.decide(new SignalContext(t, 1, t, false, readings));
            if (d.phase() != 1) {
                return t;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    @Test
    void switchesWhenTheVehicleSecondsOnRedReachTheThreshold() {
        // 2 vehicles wait on red north-south; a vehicle approaches the green from afar (keeps rule 2 off)
        FakeReadings r = new FakeReadings().moving(lane("in_0"), 80).waiting(lane("in_1"), 2);
        SotlController controller = new SotlController(layout, SignalProtocol.PRACTITIONER);

        // θ = 40 vehicle·seconds at 2 vehicles: 20 s
        assertThat(firstSwitch(controller, r)).isEqualTo(20.0);
        assertThat(controller.counter_vehS()).as("reset on the switch").isZero();
    }

    @Test
    void aLowerThresholdSwitchesEarlierButNeverBeforeTheMinimumGreen() {
        FakeReadings r = new FakeReadings().moving(lane("in_0"), 80).waiting(lane("in_1"), 2);
        SotlController.Config low = new SotlController.Config(4, 100, 25, 3, 5, 1);

        assertThat(firstSwitch(new SotlController(layout, SignalProtocol.PRACTITIONER, low), r))
                .as("threshold reached at 2 s, minimum green 10 s")
                .isEqualTo(10.0);
        assertThat(firstSwitch(new SotlController(layout, SignalProtocol.NATIVE, low), r))
                .as("controller's own 5 s minimum under the native protocol")
                .isEqualTo(5.0);
    }

    @Test
    void switchesAtTheMinimumGreenWhenNobodyApproachesTheGreen() {
        FakeReadings r = new FakeReadings().waiting(lane("in_0"), 1);
        SotlController controller = new SotlController(layout, SignalProtocol.PRACTITIONER);
        controller.decide(SignalContext.of(0, -1, r));
        r.clear();
        r.waiting(lane("in_3"), 1);

        PhaseDecision d = controller.decide(new SignalContext(10, 1, 10, false, r));

        assertThat(d.phase()).isEqualTo(2);
    }

    @Test
    void keepsTheGreenWhileNobodyWaitsOnRed() {
        FakeReadings r = new FakeReadings().waiting(lane("in_0"), 6);

        assertThat(firstSwitch(new SotlController(layout, SignalProtocol.PRACTITIONER), r))
                .isInfinite();
    }

    @Test
    void aShortPlatoonAboutToCrossHoldsTheSwitchALongOneDoesNot() {
        SotlController controller = new SotlController(layout, SignalProtocol.PRACTITIONER);
        FakeReadings over = new FakeReadings().waiting(lane("in_1"), 10).moving(lane("in_0"), 90);
        controller.decide(SignalContext.of(0, -1, over));
        // κ = 10 vehicles × 10 s = 100 > θ; two vehicles 10 m and 20 m before the green stop line
        FakeReadings shortPlatoon = new FakeReadings()
                .waiting(lane("in_1"), 10)
                .moving(lane("in_0"), 10)
                .moving(lane("in_2"), 20);
        assertThat(controller
                        .decide(new SignalContext(10, 1, 10, false, shortPlatoon))
                        .phase())
                .isEqualTo(1);

        FakeReadings longPlatoon = new FakeReadings().waiting(lane("in_1"), 10);
        for (int i = 0; i < 5; i++) {
            longPlatoon.moving(lane("in_0"), 3 + 4 * i);
        }
        assertThat(controller
                        .decide(new SignalContext(11, 1, 11, false, longPlatoon))
                        .phase())
                .isEqualTo(2);
    }

    @Test
    void underTheCityflowWindowTheCounterGrowsByTheWindow() {
        FakeReadings r = new FakeReadings().moving(lane("in_0"), 80).waiting(lane("in_1"), 2);
        SotlController controller = new SotlController(layout, SignalProtocol.CITYFLOW);
        controller.decide(SignalContext.of(0, -1, r));

        // 2 vehicles × 15 s = 30 < 40: keep; then 60 ≥ 40: switch
        PhaseDecision d1 = controller.decide(new SignalContext(15, 1, 15, false, r));
        PhaseDecision d2 = controller.decide(new SignalContext(30, 1, 30, false, r));

        assertThat(d1.phase()).isEqualTo(1);
        assertThat(d1.duration_s()).isEqualTo(15.0);
        assertThat(d2.phase()).isEqualTo(2);
    }
}
