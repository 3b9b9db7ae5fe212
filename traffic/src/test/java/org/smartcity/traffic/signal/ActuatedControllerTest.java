package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Gap-out / max-out on the test crossroads (phase 1 east-west straight on in_0/in_2, 2 north-south
 * straight on in_1/in_3, 3 and 4 the left turns from the same lanes).
 */
class ActuatedControllerTest {
    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final int junction = network.findIntersection("junction").orElseThrow();
    private final IntersectionLayout layout = new IntersectionLayout(network, junction);

    private int lane(String road) {
        return network.firstLane(network.findRoad(road).orElseThrow());
    }

    private ActuatedController controller() {
        return new ActuatedController(layout, SignalProtocol.PRACTITIONER);
    }

    private static SignalContext green(int phase, double green_s, LaneReadings readings) {
        return new SignalContext(100, phase, green_s, false, readings);
    }

    @Test
    void extendsTheGreenSecondBySecondWhileVehiclesArriveInTheDetectionZone() {
        FakeReadings r = new FakeReadings().moving(lane("in_0"), 20).waiting(lane("in_1"), 5);

        PhaseDecision d = controller().decide(green(1, 12, r));

        assertThat(d.phase()).isEqualTo(1);
        assertThat(d.duration_s()).isEqualTo(1.0);
    }

    @Test
    void gapsOutWhenNoVehicleArrivesAndServesTheNextCalledPhase() {
        // the east-west approaches are empty; a queue waits north-south
        FakeReadings r = new FakeReadings().waiting(lane("in_1"), 3);

        PhaseDecision d = controller().decide(green(1, 10, r));

        assertThat(d.phase())
                .as("east-west left (3) has no call and is skipped")
                .isEqualTo(2);
    }

    @Test
    void vehiclesBeyondTheDetectionZoneOrStandingDoNotExtendTheGreen() {
        FakeReadings r = new FakeReadings()
                .moving(lane("in_0"), 60)
                .add(lane("in_2"), 10, true)
                .waiting(lane("in_1"), 2);

        assertThat(controller().decide(green(1, 15, r)).phase())
                .as("gap out to the next called phase")
                .isEqualTo(2);
    }

    @Test
    void maxesOutAtTheControllerMaximumEvenWithVehiclesArriving() {
        FakeReadings r = new FakeReadings().moving(lane("in_0"), 10).waiting(lane("in_1"), 1);

        assertThat(controller().decide(green(1, 39, r)).phase()).isEqualTo(1);
        assertThat(controller().decide(green(1, 40, r)).phase()).isNotEqualTo(1);
    }

    @Test
    void restsInGreenWhenNoOtherPhaseIsCalled() {
        PhaseDecision d = controller().decide(green(2, 30, new FakeReadings()));

        assertThat(d.phase()).isEqualTo(2);
        assertThat(d.duration_s()).isEqualTo(1.0);
    }

    @Test
    void skipsPhasesWithoutDemandInCyclicOrder() {
        // after east-west left (3): north-south left (4) has nobody, east-west straight (1) is called
        FakeReadings r = new FakeReadings().waiting(lane("in_0"), 1);

        assertThat(controller().decide(green(3, 20, r)).phase()).isEqualTo(1);
    }

    @Test
    void aForcedChangeIsNeverAnsweredWithTheRunningPhase() {
        FakeReadings r = new FakeReadings().moving(lane("in_1"), 5);
        PhaseDecision d = controller().decide(new SignalContext(100, 2, 60, true, r));

        assertThat(d.phase()).isNotEqualTo(2).isNotZero();
    }

    @Test
    void underThePractitionerProtocolTheGreenLastsWhileVehiclesKeepComingThenGapsOut() {
        FakeReadings r = new FakeReadings();
        SignalRunner runner =
                new SignalRunner(network, (l, p) -> new ActuatedController(l, p), SignalProtocol.PRACTITIONER);
        List<Integer> shown = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            r.clear();
            r.waiting(lane("in_1"), 4);
            if (t < 25) {
                r.moving(lane("in_0"), 15); // a vehicle arrives every second until t = 24
            }
            runner.update(t, r);
            shown.add(runner.shownPhase(junction));
        }

        assertThat(shown.subList(0, 25)).as("extended beyond the 10 s minimum").containsOnly(1);
        assertThat(shown.get(25)).as("gap out, clearance").isZero();
        assertThat(shown.subList(30, 40)).as("north-south straight").containsOnly(2);
    }
}
