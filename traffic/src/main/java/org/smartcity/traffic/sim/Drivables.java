package org.smartcity.traffic.sim;

import org.smartcity.traffic.network.LinkControl;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.TurnType;

/**
 * The network flattened for the hot loop: a drivable is a lane (ids {@code 0 .. laneCount-1}) or a
 * lane link (ids {@code laneCount .. laneCount+laneLinkCount-1}). Immutable after construction.
 */
final class Drivables {
    /** Lane links have no speed limit of their own (CityFlow's convention). */
    static final double LANE_LINK_MAX_SPEED_MPS = 10_000;

    final int laneCount;
    final int count;
    final double[] length_m;
    final double[] maxSpeed_mps;
    /** For lane links: the lane it ends on; for lanes: -1. */
    final int[] endLane;
    /** For lane links: the lane it starts on; for lanes: -1. */
    final int[] startLane;
    /** For lane links: its road link; for lanes: -1. */
    final int[] roadLink;
    /** For lane links: true when the road link turns left or right. */
    final boolean[] turning;
    /** For each lane: the lane-link drivable ids that start on it. */
    final int[][] linksFromLane;
    /** For lane links: how it is approached where no signal controls it (always MAJOR in the CityFlow model). */
    final LinkControl[] control;
    /** For lane links: a vehicle that must yield waits inside the intersection, not at the line (SUMO model). */
    final boolean[] waitsInside;
    /** SUMO model: where on a lane link its vehicles wait inside the junction (SUMO's internal junction), m; NaN when not declared. */
    final double[] waitingPosition_m;

    /**
     * @param ownLinkLimits true to give lane links the speed limits and controls the network declares
     *     (the SUMO model); false for CityFlow's lane links without limits, all approached as major
     */
    Drivables(RoadNetwork network, boolean ownLinkLimits) {
        laneCount = network.laneCount();
        count = laneCount + network.laneLinkCount();
        length_m = new double[count];
        maxSpeed_mps = new double[count];
        endLane = new int[count];
        startLane = new int[count];
        roadLink = new int[count];
        turning = new boolean[count];
        linksFromLane = new int[laneCount][];
        control = new LinkControl[count];
        waitsInside = new boolean[count];
        waitingPosition_m = new double[count];
        java.util.Arrays.fill(waitingPosition_m, Double.NaN);
        for (int lane = 0; lane < laneCount; lane++) {
            length_m[lane] = network.laneLength_m(lane);
            maxSpeed_mps[lane] = network.laneMaxSpeed_mps(lane);
            endLane[lane] = -1;
            startLane[lane] = -1;
            roadLink[lane] = -1;
            int[] links = network.outgoingLaneLinksOf(lane);
            for (int i = 0; i < links.length; i++) {
                links[i] += laneCount;
            }
            linksFromLane[lane] = links;
        }
        for (int m = 0; m < network.laneLinkCount(); m++) {
            int d = laneCount + m;
            length_m[d] = network.laneLinkLength_m(m);
            double own = network.laneLinkMaxSpeed_mps(m);
            maxSpeed_mps[d] = ownLinkLimits && !Double.isNaN(own) ? own : LANE_LINK_MAX_SPEED_MPS;
            control[d] = ownLinkLimits ? network.laneLinkControl(m) : LinkControl.MAJOR;
            waitsInside[d] = ownLinkLimits && network.laneLinkWaitsInside(m);
            if (ownLinkLimits) {
                waitingPosition_m[d] = network.laneLinkWaitingPosition_m(m);
            }
            endLane[d] = network.laneLinkToLane(m);
            startLane[d] = network.laneLinkFromLane(m);
            roadLink[d] = network.laneLinkRoadLink(m);
            turning[d] = network.roadLinkTurn(roadLink[d]) != TurnType.STRAIGHT;
        }
    }

    boolean isLaneLink(int drivable) {
        return drivable >= laneCount;
    }
}
