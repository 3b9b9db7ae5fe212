package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/** MaxService on hand-built readings of the test crossroads (one lane per approach). */
class MaxServiceControllerTest {
    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final IntersectionLayout layout =
            new IntersectionLayout(network, network.findIntersection("junction").orElseThrow());
    private final MaxServiceController controller = new MaxServiceController(layout, SignalProtocol.CITYFLOW);

    private int lane(String road) {
        return network.firstLane(network.findRoad(road).orElseThrow());
    }

    private FakeReadings waiting(Object... roadAndCount) {
        FakeReadings r = new FakeReadings();
        for (int i = 0; i < roadAndCount.length; i += 2) {
            r.waiting(lane((String) roadAndCount[i]), (Integer) roadAndCount[i + 1]);
        }
        return r;
    }

    private int choose(int current, FakeReadings readings) {
        return controller
                .decide(new SignalContext(15, current, 15, false, readings))
                .phase();
    }

    @Test
    void servesTheLongerQueues() {
        assertThat(choose(1, waiting("in_1", 5, "in_3", 5, "in_0", 1)))
                .as("north-south straight")
                .isEqualTo(2);
    }

    @Test
    void keepsTheRunningPhaseWhenAChangeWouldServeNoMoreForItsLostGreen() {
        // 8 vehicles each way: keeping east-west serves min(8, 0.45*15)=6.75 per lane; changing to
        // north-south only min(8, 0.45*10)=4.5 per lane, because the clearance eats 5 s of the window
        FakeReadings r = waiting("in_0", 8, "in_2", 8, "in_1", 8, "in_3", 8);
        assertThat(choose(1, r)).isEqualTo(1);
        assertThat(choose(2, r)).isEqualTo(2);
    }

    @Test
    void doesNotCountMoreVehiclesThanTheGreenCanClear() {
        // 30 vehicles on one east-west lane (MaxPressure's choice) are worth no more than what one green
        // clears: keeping east-west left serves min(30, 6.75); north-south straight serves 2 x min(7, 4.5)
        FakeReadings r = waiting("in_0", 30, "in_1", 7, "in_3", 7);
        assertThat(choose(3, r)).isEqualTo(2);
    }

    @Test
    void seesVehiclesApproachingBeforeTheyStop() {
        FakeReadings r = waiting("in_1", 2);
        r.moving(lane("in_0"), 20).moving(lane("in_0"), 40).moving(lane("in_0"), 60);
        r.moving(lane("in_2"), 30).moving(lane("in_2"), 500);
        // east-west: 3 + 1 approaching within 100 m beat 2 waiting north-south
        assertThat(choose(2, r)).isEqualTo(1);
    }

    @Test
    void exitQueuesCountAgainstAMovement() {
        assertThat(choose(1, waiting("in_1", 4, "in_3", 4, "out_1", 9, "out_3", 9, "in_0", 1)))
                .as("north-south exits jammed")
                .isNotEqualTo(2);
    }

    @Test
    void freePhaseLengthsOfferEveryPhaseButTheClearanceAndAForcedChangeIsHonoured() {
        MaxServiceController free = new MaxServiceController(layout, SignalProtocol.PRACTITIONER);
        FakeReadings r = waiting("in_0", 9);
        int chosen = free.decide(new SignalContext(30, 1, 20, false, r)).phase();
        assertThat(chosen).isEqualTo(1);
        int forced = free.decide(new SignalContext(90, 1, 60, true, r)).phase();
        assertThat(forced).isNotEqualTo(1).isNotZero();
    }

    @Test
    void aLightApproachIsServedOnceItHasWaitedTheMaximumRed() {
        // heavy east-west traffic would keep east-west green for ever; one car waits north-south
        FakeReadings r = waiting("in_0", 12, "in_2", 12, "in_1", 1);
        int current = -1;
        double servedAt = -1;
        for (double t = 0; t <= 400 && servedAt < 0; t += 15) {
            current = controller
                    .decide(new SignalContext(t, current, 0, false, r))
                    .phase();
            if (current == 2 || current == 4) {
                servedAt = t;
            }
        }
        // the east-west left turns (sharing the busy lanes) starve too and, with more demand, go first:
        // north-south gets green one window later
        assertThat(servedAt)
                .as("north-south served within the maximum red plus the windows of other starved phases")
                .isGreaterThan(MaxServiceController.MAX_RED_S - 15)
                .isLessThanOrEqualTo(MaxServiceController.MAX_RED_S + 30);
    }
}
