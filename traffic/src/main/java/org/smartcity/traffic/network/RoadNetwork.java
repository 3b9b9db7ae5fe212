package org.smartcity.traffic.network;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An immutable road network: intersections, roads, lanes, road links and lane links, each with a dense
 * int id (0..n-1) and array-backed attributes for the simulator's hot loop.
 *
 * <ul>
 *   <li>A road goes from one intersection to another and has lanes, numbered 0 (leftmost, by the
 *       centre line) upwards. Lane ids are global: the lanes of road r are {@code firstLane(r) ..
 *       firstLane(r) + laneCount(r) - 1}.
 *   <li>A road link is a movement through an intersection from an incoming to an outgoing road; it
 *       owns lane links, each from one lane to one lane, with its own geometry and length.
 *   <li>A virtual intersection is a boundary where vehicles enter and leave; it has no signal.
 * </ul>
 *
 * Lengths in metres, speeds in metres per second. Instances are built by {@link RoadNetworkBuilder},
 * which validates everything, and are safe to share between threads.
 */
public final class RoadNetwork {
    private final RoadNetworkBuilder.Frozen a;
    private final Map<String, Integer> intersectionIndex;
    private final Map<String, Integer> roadIndex;

    RoadNetwork(RoadNetworkBuilder.Frozen arrays) {
        this.a = arrays;
        intersectionIndex = indexOf(arrays.intersectionIds);
        roadIndex = indexOf(arrays.roadIds);
    }

    private static Map<String, Integer> indexOf(String[] ids) {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return Collections.unmodifiableMap(index);
    }

    // ---- intersections

    public int intersectionCount() {
        return a.intersectionIds.length;
    }

    public String intersectionId(int intersection) {
        return a.intersectionIds[intersection];
    }

    public OptionalInt findIntersection(String id) {
        Integer i = intersectionIndex.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public Point intersectionPoint(int intersection) {
        return a.intersectionPoints[intersection];
    }

    public double intersectionWidth_m(int intersection) {
        return a.intersectionWidth_m[intersection];
    }

    /** True for a boundary intersection where vehicles enter or leave; it has no signal. */
    public boolean isVirtual(int intersection) {
        return a.intersectionVirtual[intersection];
    }

    /** True when the intersection is not virtual and has at least one signal phase. */
    public boolean isSignalised(int intersection) {
        return !a.intersectionVirtual[intersection]
                && !a.intersectionPhases.get(intersection).isEmpty();
    }

    /** Road links through the intersection, in the order of the source file. Returns a copy. */
    public int[] roadLinksOf(int intersection) {
        return a.intersectionRoadLinks[intersection].clone();
    }

    /** Roads that end at the intersection. Returns a copy. */
    public int[] incomingRoadsOf(int intersection) {
        return a.intersectionIncomingRoads[intersection].clone();
    }

    /** The intersection's signal plan in file order; empty for virtual or unsignalised ones. */
    public List<SignalPhase> phasesOf(int intersection) {
        return a.intersectionPhases.get(intersection);
    }

    // ---- roads

    public int roadCount() {
        return a.roadIds.length;
    }

    public String roadId(int road) {
        return a.roadIds[road];
    }

    public OptionalInt findRoad(String id) {
        Integer r = roadIndex.get(id);
        return r == null ? OptionalInt.empty() : OptionalInt.of(r);
    }

    public int roadFrom(int road) {
        return a.roadFrom[road];
    }

    public int roadTo(int road) {
        return a.roadTo[road];
    }

    public List<Point> roadPoints(int road) {
        return a.roadPoints.get(road);
    }

    public int firstLane(int road) {
        return a.roadFirstLane[road];
    }

    public int laneCount(int road) {
        return a.roadLaneCount[road];
    }

    /** Road links that start on this road. Returns a copy. */
    public int[] outgoingRoadLinksOf(int road) {
        return a.roadOutgoingRoadLinks[road].clone();
    }

    /** The road link from {@code fromRoad} to {@code toRoad}, or -1 when there is none. */
    public int roadLinkBetween(int fromRoad, int toRoad) {
        for (int link : a.roadOutgoingRoadLinks[fromRoad]) {
            if (a.roadLinkToRoad[link] == toRoad) {
                return link;
            }
        }
        return -1;
    }

    // ---- lanes

    public int laneCount() {
        return a.laneRoad.length;
    }

    public int laneRoad(int lane) {
        return a.laneRoad[lane];
    }

    /** Position of the lane on its road, 0 = leftmost. */
    public int laneIndexOnRoad(int lane) {
        return lane - a.roadFirstLane[a.laneRoad[lane]];
    }

    /** Drivable length of the lane: road length less the intersections' widths at both ends. */
    public double laneLength_m(int lane) {
        return a.laneLength_m[lane];
    }

    public double laneMaxSpeed_mps(int lane) {
        return a.laneMaxSpeed_mps[lane];
    }

    public double laneWidth_m(int lane) {
        return a.laneWidth_m[lane];
    }

    /** Lane links that start on this lane. Returns a copy. */
    public int[] outgoingLaneLinksOf(int lane) {
        return a.laneOutgoingLaneLinks[lane].clone();
    }

    public String laneId(int lane) {
        return a.roadIds[a.laneRoad[lane]] + "_" + laneIndexOnRoad(lane);
    }

    // ---- road links

    public int roadLinkCount() {
        return a.roadLinkIntersection.length;
    }

    public int roadLinkIntersection(int roadLink) {
        return a.roadLinkIntersection[roadLink];
    }

    public int roadLinkFromRoad(int roadLink) {
        return a.roadLinkFromRoad[roadLink];
    }

    public int roadLinkToRoad(int roadLink) {
        return a.roadLinkToRoad[roadLink];
    }

    public TurnType roadLinkTurn(int roadLink) {
        return a.roadLinkTurn[roadLink];
    }

    /** Lane links of the road link. Returns a copy. */
    public int[] laneLinksOf(int roadLink) {
        return a.roadLinkLaneLinks[roadLink].clone();
    }

    // ---- lane links

    public int laneLinkCount() {
        return a.laneLinkRoadLink.length;
    }

    public int laneLinkRoadLink(int laneLink) {
        return a.laneLinkRoadLink[laneLink];
    }

    public int laneLinkFromLane(int laneLink) {
        return a.laneLinkFromLane[laneLink];
    }

    public int laneLinkToLane(int laneLink) {
        return a.laneLinkToLane[laneLink];
    }

    public double laneLinkLength_m(int laneLink) {
        return a.laneLinkLength_m[laneLink];
    }

    public List<Point> laneLinkPoints(int laneLink) {
        return a.laneLinkPoints.get(laneLink);
    }

    /** The lane link's own speed limit in m/s, or NaN when it has none (CityFlow's lane links). */
    public double laneLinkMaxSpeed_mps(int laneLink) {
        return a.laneLinkMaxSpeed_mps[laneLink];
    }

    /**
     * The lane links of the same intersection this lane link must yield to where they conflict, as the
     * network declares them; null when the network declares no right of way for it. Do not modify.
     */
    public int[] laneLinkYieldsTo(int laneLink) {
        return a.laneLinkYieldsTo[laneLink];
    }

    /** Simulation time at which the intersection's plan starts its first phase, modulo its cycle (s). */
    public double planStart_s(int intersection) {
        return a.planStart_s[intersection];
    }

    /** The format the network was read from. */
    public NetworkSource source() {
        return a.source;
    }

    /** How the lane link is approached when no signal controls it (MAJOR for CityFlow networks). */
    public LinkControl laneLinkControl(int laneLink) {
        return a.laneLinkControl[laneLink];
    }

    /**
     * True when a vehicle on the lane link that must yield waits inside the intersection before its
     * conflicts (SUMO's internal junctions); false when it waits at the stop line (always false for
     * CityFlow networks).
     */
    public boolean laneLinkWaitsInside(int laneLink) {
        return a.laneLinkWaitsInside[laneLink];
    }

    /**
     * The lane links a vehicle waiting inside the intersection on this lane link yields to at its
     * waiting position (SUMO's internal junction foes); null when none are declared. Do not modify.
     */
    public int[] laneLinkWaitingFoes(int laneLink) {
        return a.laneLinkWaitingFoes[laneLink];
    }

    /**
     * Per foe of {@link #laneLinkWaitingFoes}: true when vehicles still approaching that foe count at
     * the waiting position, false when only those already on it do; null when none are declared.
     */
    public boolean[] laneLinkWaitingFoesApproaching(int laneLink) {
        return a.laneLinkWaitingFoesApproaching[laneLink];
    }

    /** Distance along the lane link of its declared internal waiting position, m; NaN when none. */
    public double laneLinkWaitingPosition_m(int laneLink) {
        return a.laneLinkWaitingPosition_m[laneLink];
    }
}
