package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.RoadNetwork;

/** MaxPressure picks the candidate phase whose movements have the most waiting upstream less downstream. */
class MaxPressureControllerTest {
    private static SignalContext ctx(double time_s, int currentPhase, LaneReadings readings) {
        return SignalContext.of(time_s, currentPhase, readings);
    }

    private final RoadNetwork network = SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0));
    private final IntersectionLayout layout =
            new IntersectionLayout(network, network.findIntersection("junction").orElseThrow());
    private final MaxPressureController controller = new MaxPressureController(layout, SignalProtocol.CITYFLOW);

    private int lane(String road) {
        return network.firstLane(network.findRoad(road).orElseThrow());
    }

    private FakeReadings waiting(Object... roadAndCount) {
        FakeReadings w = new FakeReadings();
        for (int i = 0; i < roadAndCount.length; i += 2) {
            w.waiting(lane((String) roadAndCount[i]), (Integer) roadAndCount[i + 1]);
        }
        return w;
    }

    @Test
    void picksThePhaseServingTheLongestQueues() {
        PhaseDecision d = controller.decide(ctx(0, 1, waiting("in_0", 2, "in_2", 1, "in_1", 6, "in_3", 5)));

        // north-south straight and north-south left tie on upstream pressure; the lower index wins
        assertThat(d.phase()).isEqualTo(2);
        assertThat(d.duration_s()).isEqualTo(SignalProtocol.CITYFLOW.decisionInterval_s());
    }

    @Test
    void queuesDownstreamCountAgainstAMovement() {
        // the same approaches as above, but the straight-on exits are jammed
        PhaseDecision d = controller.decide(
                ctx(0, 1, waiting("in_0", 2, "in_2", 1, "in_1", 6, "in_3", 5, "out_1", 10, "out_3", 10)));

        assertThat(d.phase()).as("north-south left").isEqualTo(4);
    }

    @Test
    void eastWestQueuesGetEastWestGreen() {
        assertThat(controller.decide(ctx(0, 2, waiting("in_0", 4, "in_2", 4))).phase())
                .isEqualTo(1);
    }

    @Test
    void withoutTrafficTheFirstCandidatePhaseWinsAndTheClearancePhaseIsNeverChosen() {
        for (int current = -1; current < 5; current++) {
            assertThat(controller.decide(ctx(0, current, waiting())).phase()).isEqualTo(1);
        }
        assertThat(controller
                        .decide(ctx(0, 1, waiting("out_0", 9, "out_1", 9, "out_2", 9, "out_3", 9)))
                        .phase())
                .isNotZero();
    }

    @Test
    void theChoiceDependsOnlyOnTheReadingsNotOnThePhaseRunningNow() {
        FakeReadings w = waiting("in_1", 1, "in_0", 3);
        int first = controller.decide(ctx(0, 1, w)).phase();
        for (int current = 1; current < 5; current++) {
            assertThat(controller.decide(ctx(15 * current, current, w)).phase()).isEqualTo(first);
        }
    }
}
