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
    final String[] intersectionIds;
    final Point[] intersectionPoints;
    final double[] intersectionWidth_m;
    final boolean[] intersectionVirtual;
    final int[][] intersectionRoadLinks;
    final List<List<SignalPhase>> intersectionPhases;
    final int[][] intersectionIncomingRoads;

    final String[] roadIds;
    final int[] roadFrom;
    final int[] roadTo;
    final List<List<Point>> roadPoints;
    final int[] roadFirstLane;
    final int[] roadLaneCount;
    final int[][] roadOutgoingRoadLinks;

    final int[] laneRoad;
    final double[] laneLength_m;
    final double[] laneMaxSpeed_mps;
    final double[] laneWidth_m;
    final int[][] laneOutgoingLaneLinks;

    final int[] roadLinkIntersection;
    final int[] roadLinkFromRoad;
    final int[] roadLinkToRoad;
    final TurnType[] roadLinkTurn;
    final int[][] roadLinkLaneLinks;

    final int[] laneLinkRoadLink;
    final int[] laneLinkFromLane;
    final int[] laneLinkToLane;
    final double[] laneLinkLength_m;
    final List<List<Point>> laneLinkPoints;

    private final Map<String, Integer> intersectionIndex;
    private final Map<String, Integer> roadIndex;

    RoadNetwork(RoadNetworkBuilder.Frozen f) {
        intersectionIds = f.intersectionIds;
        intersectionPoints = f.intersectionPoints;
        intersectionWidth_m = f.intersectionWidth_m;
        intersectionVirtual = f.intersectionVirtual;
        intersectionRoadLinks = f.intersectionRoadLinks;
        intersectionPhases = f.intersectionPhases;
        intersectionIncomingRoads = f.intersectionIncomingRoads;
        roadIds = f.roadIds;
        roadFrom = f.roadFrom;
        roadTo = f.roadTo;
        roadPoints = f.roadPoints;
        roadFirstLane = f.roadFirstLane;
        roadLaneCount = f.roadLaneCount;
        roadOutgoingRoadLinks = f.roadOutgoingRoadLinks;
        laneRoad = f.laneRoad;
        laneLength_m = f.laneLength_m;
        laneMaxSpeed_mps = f.laneMaxSpeed_mps;
        laneWidth_m = f.laneWidth_m;
        laneOutgoingLaneLinks = f.laneOutgoingLaneLinks;
        roadLinkIntersection = f.roadLinkIntersection;
        roadLinkFromRoad = f.roadLinkFromRoad;
        roadLinkToRoad = f.roadLinkToRoad;
        roadLinkTurn = f.roadLinkTurn;
        roadLinkLaneLinks = f.roadLinkLaneLinks;
        laneLinkRoadLink = f.laneLinkRoadLink;
        laneLinkFromLane = f.laneLinkFromLane;
        laneLinkToLane = f.laneLinkToLane;
        laneLinkLength_m = f.laneLinkLength_m;
        laneLinkPoints = f.laneLinkPoints;
        intersectionIndex = indexOf(intersectionIds);
        roadIndex = indexOf(roadIds);
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
        return intersectionIds.length;
    }

    public String intersectionId(int intersection) {
        return intersectionIds[intersection];
    }

    public OptionalInt findIntersection(String id) {
        Integer i = intersectionIndex.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public Point intersectionPoint(int intersection) {
        return intersectionPoints[intersection];
    }

    public double intersectionWidth_m(int intersection) {
        return intersectionWidth_m[intersection];
    }

    /** True for a boundary intersection where vehicles enter or leave; it has no signal. */
    public boolean isVirtual(int intersection) {
        return intersectionVirtual[intersection];
    }

    /** True when the intersection is not virtual and has at least one signal phase. */
    public boolean isSignalised(int intersection) {
        return !intersectionVirtual[intersection]
                && !intersectionPhases.get(intersection).isEmpty();
    }

    /** Road links through the intersection, in the order of the source file. Returns a copy. */
    public int[] roadLinksOf(int intersection) {
        return intersectionRoadLinks[intersection].clone();
    }

    /** Roads that end at the intersection. Returns a copy. */
    public int[] incomingRoadsOf(int intersection) {
        return intersectionIncomingRoads[intersection].clone();
    }

    /** The intersection's signal plan in file order; empty for virtual or unsignalised ones. */
    public List<SignalPhase> phasesOf(int intersection) {
        return intersectionPhases.get(intersection);
    }

    // ---- roads

    public int roadCount() {
        return roadIds.length;
    }

    public String roadId(int road) {
        return roadIds[road];
    }

    public OptionalInt findRoad(String id) {
        Integer r = roadIndex.get(id);
        return r == null ? OptionalInt.empty() : OptionalInt.of(r);
    }

    public int roadFrom(int road) {
        return roadFrom[road];
    }

    public int roadTo(int road) {
        return roadTo[road];
    }

    public List<Point> roadPoints(int road) {
        return roadPoints.get(road);
    }

    public int firstLane(int road) {
        return roadFirstLane[road];
    }

    public int laneCount(int road) {
        return roadLaneCount[road];
    }

    /** Road links that start on this road. Returns a copy. */
    public int[] outgoingRoadLinksOf(int road) {
        return roadOutgoingRoadLinks[road].clone();
    }

    /** The road link from {@code fromRoad} to {@code toRoad}, or -1 when there is none. */
    public int roadLinkBetween(int fromRoad, int toRoad) {
        for (int link : roadOutgoingRoadLinks[fromRoad]) {
            if (roadLinkToRoad[link] == toRoad) {
                return link;
            }
        }
        return -1;
    }

    // ---- lanes

    public int laneCount() {
        return laneRoad.length;
    }

    public int laneRoad(int lane) {
        return laneRoad[lane];
    }

    /** Position of the lane on its road, 0 = leftmost. */
    public int laneIndexOnRoad(int lane) {
        return lane - roadFirstLane[laneRoad[lane]];
    }

    /** Drivable length of the lane: road length less the intersections' widths at both ends. */
    public double laneLength_m(int lane) {
        return laneLength_m[lane];
    }

    public double laneMaxSpeed_mps(int lane) {
        return laneMaxSpeed_mps[lane];
    }

    public double laneWidth_m(int lane) {
        return laneWidth_m[lane];
    }

    /** Lane links that start on this lane. Returns a copy. */
    public int[] outgoingLaneLinksOf(int lane) {
        return laneOutgoingLaneLinks[lane].clone();
    }

    public String laneId(int lane) {
        return roadIds[laneRoad[lane]] + "_" + laneIndexOnRoad(lane);
    }

    // ---- road links

    public int roadLinkCount() {
        return roadLinkIntersection.length;
    }

    public int roadLinkIntersection(int roadLink) {
        return roadLinkIntersection[roadLink];
    }

    public int roadLinkFromRoad(int roadLink) {
        return roadLinkFromRoad[roadLink];
    }

    public int roadLinkToRoad(int roadLink) {
        return roadLinkToRoad[roadLink];
    }

    public TurnType roadLinkTurn(int roadLink) {
        return roadLinkTurn[roadLink];
    }

    /** Lane links of the road link. Returns a copy. */
    public int[] laneLinksOf(int roadLink) {
        return roadLinkLaneLinks[roadLink].clone();
    }

    // ---- lane links

    public int laneLinkCount() {
        return laneLinkRoadLink.length;
    }

    public int laneLinkRoadLink(int laneLink) {
        return laneLinkRoadLink[laneLink];
    }

    public int laneLinkFromLane(int laneLink) {
        return laneLinkFromLane[laneLink];
    }

    public int laneLinkToLane(int laneLink) {
        return laneLinkToLane[laneLink];
    }

    public double laneLinkLength_m(int laneLink) {
        return laneLinkLength_m[laneLink];
    }

    public List<Point> laneLinkPoints(int laneLink) {
        return laneLinkPoints.get(laneLink);
    }
}
