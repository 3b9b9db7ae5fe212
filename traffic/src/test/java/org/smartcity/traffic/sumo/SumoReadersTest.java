package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.TurnType;

/** The SUMO readers on the hand-written fixture: what is read, and how it is mapped. */
class SumoReadersTest {
    @TempDir
    Path dir;

    private RoadNetwork network() throws InvalidInputException {
        return new SumoNetReader().read(SumoFixtures.write(dir, "x.net.xml", SumoFixtures.net()));
    }

    @Test
    void junctionsEdgesAndCarLanesBecomeIntersectionsRoadsAndLanes() throws InvalidInputException {
        RoadNetwork n = network();

        assertThat(n.intersectionCount()).isEqualTo(4); // the internal junction is skipped
        assertThat(n.isVirtual(n.findIntersection("W").orElseThrow())).isTrue();
        assertThat(n.roadCount()).isEqualTo(3);
        int in = n.findRoad("in").orElseThrow();
        assertThat(n.laneCount(in)).as("the sidewalk is dropped").isEqualTo(1);
        assertThat(n.laneMaxSpeed_mps(n.firstLane(in))).isEqualTo(13.89);
        assertThat(n.laneLength_m(n.firstLane(in))).isCloseTo(195.0, within(1e-9));
        assertThat(n.laneMaxSpeed_mps(n.firstLane(n.findRoad("up").orElseThrow())))
                .isEqualTo(11.0);
    }

    @Test
    void connectionsBecomeRoadLinksWithTheirInternalLaneGeometry() throws InvalidInputException {
        RoadNetwork n = network();
        int in = n.findRoad("in").orElseThrow();
        int straight = n.roadLinkBetween(in, n.findRoad("out").orElseThrow());
        int left = n.roadLinkBetween(in, n.findRoad("up").orElseThrow());

        assertThat(n.roadLinkTurn(straight)).isEqualTo(TurnType.STRAIGHT);
        assertThat(n.roadLinkTurn(left)).isEqualTo(TurnType.LEFT);
        assertThat(n.laneLinkLength_m(n.laneLinksOf(straight)[0])).isCloseTo(10.0, within(1e-9));
        assertThat(n.laneLinkLength_m(n.laneLinksOf(left)[0])).isCloseTo(Math.hypot(6.6, 6.6), within(1e-9));
    }

    @Test
    void theTrafficLightLogicBecomesThePlanOfItsJunctionAfterAClearancePhase() throws InvalidInputException {
        RoadNetwork n = network();
        int c = n.findIntersection("C").orElseThrow();
        int in = n.findRoad("in").orElseThrow();
        int straight = n.roadLinkBetween(in, n.findRoad("out").orElseThrow());
        int left = n.roadLinkBetween(in, n.findRoad("up").orElseThrow());

        assertThat(n.isSignalised(c)).isTrue();
        assertThat(n.phasesOf(c)).hasSize(4);
        assertThat(n.phasesOf(c).get(0).duration_s())
                .as("added clearance phase")
                .isZero();
        assertThat(n.phasesOf(c).get(0).roadLinkCount()).isZero();
        assertThat(n.phasesOf(c).get(1).duration_s()).isEqualTo(30.0);
        assertThat(n.phasesOf(c).get(1).allows(straight)).isTrue();
        assertThat(n.phasesOf(c).get(1).allows(left)).isFalse();
        assertThat(n.phasesOf(c).get(2).roadLinkCount())
                .as("yellow lets nothing go")
                .isZero();
        assertThat(n.phasesOf(c).get(3).allows(left)).isTrue();
    }

    @Test
    void vehiclesTripsAndFlowsAreShiftedToBeginAndEarlierOnesDropped() throws InvalidInputException {
        RoadNetwork n = network();
        Path routes = SumoFixtures.write(dir, "x.rou.xml", SumoFixtures.routes());

        Demand demand = new SumoRouteReader().read(routes, n, 100);

        // 'early' (50 s) is dropped; v1, v2, t1, and the flow's 110, 130, 150 s vehicles remain
        assertThat(demand.vehicleCount()).isEqualTo(6);
        Flow v1 = demand.flows().get(0);
        assertThat(v1.startTime_s()).isEqualTo(10.0);
        assertThat(v1.vehicleType().length_m()).isEqualTo(4.5);
        assertThat(v1.vehicleType().headwayTime_s()).isEqualTo(1.2);
        assertThat(v1.vehicleType().maxSpeed_mps())
                .as("capped at the fastest lane")
                .isEqualTo(13.89);
        Flow v2 = demand.flows().get(1);
        assertThat(v2.vehicleType().length_m()).as("SUMO's default type").isEqualTo(5.0);
        Flow trip = demand.flows().get(2);
        assertThat(trip.route())
                .containsExactly(
                        n.findRoad("in").orElseThrow(), n.findRoad("up").orElseThrow());
        Flow flow = demand.flows().get(3);
        assertThat(flow.startTime_s()).isEqualTo(10.0);
        assertThat(flow.interval_s()).isEqualTo(20.0);
        assertThat(flow.vehicleCount()).isEqualTo(3);
    }
}
