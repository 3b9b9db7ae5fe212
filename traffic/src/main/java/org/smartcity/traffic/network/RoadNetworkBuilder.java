package org.smartcity.traffic.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a road network element by element and checks every invariant as it goes, so that
 * {@link #build()} either yields a consistent {@link RoadNetwork} or nothing. Each {@code add…}
 * method returns the dense id of the new element and throws {@link IllegalArgumentException} naming
 * the reason when the element is invalid. Not thread-safe; use once.
 */
public final class RoadNetworkBuilder {
    private final List<String> intersectionIds = new ArrayList<>();
    private final Map<String, Integer> intersectionIndex = new HashMap<>();
    private final List<Point> intersectionPoints = new ArrayList<>();
    private final List<Double> intersectionWidths = new ArrayList<>();
    private final List<Boolean> intersectionVirtual = new ArrayList<>();
    private final List<List<Integer>> intersectionRoadLinks = new ArrayList<>();
    private final List<List<SignalPhase>> intersectionPhases = new ArrayList<>();
    private final List<List<Integer>> intersectionIncoming = new ArrayList<>();

    private final List<String> roadIds = new ArrayList<>();
    private final Map<String, Integer> roadIndex = new HashMap<>();
    private final List<int[]> roadEnds = new ArrayList<>();
    private final List<List<Point>> roadPoints = new ArrayList<>();
    private final List<int[]> roadLanes = new ArrayList<>();
    private final List<List<Integer>> roadOutgoing = new ArrayList<>();

    private final List<Integer> laneRoad = new ArrayList<>();
    private final List<double[]> laneAttributes = new ArrayList<>();
    private final List<List<Integer>> laneOutgoing = new ArrayList<>();

    private final List<int[]> roadLinks = new ArrayList<>();
    private final List<TurnType> roadLinkTurns = new ArrayList<>();
    private final List<List<Integer>> roadLinkLaneLinks = new ArrayList<>();

    private final List<int[]> laneLinks = new ArrayList<>();
    private final List<Double> laneLinkLengths = new ArrayList<>();
    private final List<List<Point>> laneLinkPoints = new ArrayList<>();
    private final Map<Integer, Double> laneLinkMaxSpeeds = new HashMap<>();
    private final Map<Integer, int[]> laneLinkYieldsTo = new HashMap<>();
    private final Map<Integer, Double> planStarts = new HashMap<>();
    private final Map<Integer, LinkControl> laneLinkControls = new HashMap<>();
    private final java.util.Set<Integer> laneLinksWaitingInside = new java.util.HashSet<>();
    private final Map<Integer, int[]> laneLinkWaitingFoes = new HashMap<>();
    private final Map<Integer, Double> laneLinkWaitingPositions = new HashMap<>();
    private final Map<Integer, boolean[]> laneLinkWaitingFoesApproaching = new HashMap<>();
    private NetworkSource source = NetworkSource.CITYFLOW;
    private boolean built;

    /** Declares the format the network was read from (CityFlow unless set). */
    public void source(NetworkSource networkSource) {
        requireNotBuilt();
        if (networkSource == null) {
            throw new IllegalArgumentException("network source must not be null");
        }
        this.source = networkSource;
    }

    /**
     * Gives a lane link a speed limit of its own (SUMO's internal lanes have one); without it a lane
     * link has none.
     */
    public void laneLinkMaxSpeed(int laneLink, double speed_mps) {
        requireNotBuilt();
        requireLaneLink(laneLink);
        if (!(speed_mps > 0) || !Double.isFinite(speed_mps)) {
            throw new IllegalArgumentException("lane link speed must be a finite positive number, got " + speed_mps);
        }
        laneLinkMaxSpeeds.put(laneLink, speed_mps);
    }

    /**
     * Declares the lane links of the same intersection that {@code laneLink} must yield to where they
     * conflict (the network's own right of way, e.g. SUMO's junction request matrix). Without such a
     * declaration the simulator's default priorities apply.
     */
    public void laneLinkYieldsTo(int laneLink, int[] foes) {
        requireNotBuilt();
        requireLaneLink(laneLink);
        int intersection = roadLinks.get(laneLinks.get(laneLink)[0])[0];
        for (int foe : foes) {
            requireLaneLink(foe);
            if (roadLinks.get(laneLinks.get(foe)[0])[0] != intersection || foe == laneLink) {
                throw new IllegalArgumentException("lane link " + laneLink
                        + " can only yield to other lane links of its intersection, not " + foe);
            }
        }
        laneLinkYieldsTo.put(laneLink, foes.clone());
    }

    /**
     * The simulation time at which the intersection's plan starts its first phase (taken modulo the
     * cycle; SUMO's {@code offset} less the simulation's begin). 0 unless set.
     */
    public void planStart(int intersection, double start_s) {
        requireNotBuilt();
        requireIntersection(intersection);
        if (!Double.isFinite(start_s)) {
            throw new IllegalArgumentException("plan start must be a finite time, got " + start_s);
        }
        planStarts.put(intersection, start_s);
    }

    /** Declares how an unsignalised (or not signal-controlled) lane link is approached; MAJOR unless set. */
    public void laneLinkControl(int laneLink, LinkControl control) {
        requireNotBuilt();
        requireLaneLink(laneLink);
        if (control == null) {
            throw new IllegalArgumentException("lane link control must not be null");
        }
        laneLinkControls.put(laneLink, control);
    }

    /**
     * Declares that a vehicle on this lane link that must yield waits inside the intersection, at an
     * internal waiting position before its conflicts (SUMO's internal junctions, {@code cont="1"}),
     * rather than at the stop line.
     */
    public void laneLinkWaitsInside(int laneLink) {
        requireNotBuilt();
        requireLaneLink(laneLink);
        laneLinksWaitingInside.add(laneLink);
    }

    /**
     * Declares where inside the intersection a vehicle on this lane link waits ({@code at_m} along
     * the link) and the lane links of the same intersection it yields to there (SUMO's internal
     * junction: the foe lanes it lists). {@code approaching[i]} says whether vehicles still approaching
     * foe i count (SUMO: foes from the internal junction's incoming lanes), or only those on it.
     * Implies {@link #laneLinkWaitsInside}.
     */
    public void laneLinkWaitsInsideFor(int laneLink, double at_m, int[] foes, boolean[] approaching) {
        requireNotBuilt();
        requireLaneLink(laneLink);
        if (!(at_m >= 0) || !Double.isFinite(at_m)) {
            throw new IllegalArgumentException("waiting position must be a finite distance >= 0, got " + at_m);
        }
        int intersection = roadLinks.get(laneLinks.get(laneLink)[0])[0];
        for (int foe : foes) {
            requireLaneLink(foe);
            if (roadLinks.get(laneLinks.get(foe)[0])[0] != intersection || foe == laneLink) {
                throw new IllegalArgumentException("lane link " + laneLink
                        + " can only wait for other lane links of its intersection, not " + foe);
            }
        }
        laneLinksWaitingInside.add(laneLink);
        laneLinkWaitingFoes.put(laneLink, foes.clone());
        laneLinkWaitingPositions.put(laneLink, at_m);
        if (approaching.length != foes.length) {
            throw new IllegalArgumentException("one 'approaching' flag per foe expected");
        }
        laneLinkWaitingFoesApproaching.put(laneLink, approaching.clone());
    }

    private void requireLaneLink(int m) {
        if (m < 0 || m >= laneLinks.size()) {
            throw new IllegalArgumentException("unknown lane link " + m);
        }
    }

    /** Adds an intersection at {@code point}; {@code width_m} is cut from the ends of its roads. */
    public int addIntersection(String id, Point point, double width_m, boolean virtual) {
        requireNotBuilt();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("intersection id must not be empty");
        }
        if (intersectionIndex.containsKey(id)) {
            throw new IllegalArgumentException("duplicate intersection id '" + id + "'");
        }
        if (!(width_m >= 0) || !Double.isFinite(width_m)) {
            throw new IllegalArgumentException("intersection width must be a finite number >= 0 m, got " + width_m);
        }
        int i = intersectionIds.size();
        intersectionIds.add(id);
        intersectionIndex.put(id, i);
        intersectionPoints.add(point);
        intersectionWidths.add(width_m);
        intersectionVirtual.add(virtual);
        intersectionRoadLinks.add(new ArrayList<>());
        intersectionPhases.add(new ArrayList<>());
        intersectionIncoming.add(new ArrayList<>());
        return i;
    }

    public int intersection(String id) {
        Integer i = intersectionIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown intersection '" + id + "'");
        }
        return i;
    }

    /**
     * Adds a road with one lane per entry of {@code laneWidths_m} (lane 0 leftmost). The drivable lane
     * length is the polyline length less both intersections' widths and must stay positive.
     */
    public int addRoad(
            String id, int from, int to, List<Point> points, double[] laneWidths_m, double[] laneMaxSpeeds_mps) {
        requireNotBuilt();
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("road id must not be empty");
        }
        if (roadIndex.containsKey(id)) {
            throw new IllegalArgumentException("duplicate road id '" + id + "'");
        }
        requireIntersection(from);
        requireIntersection(to);
        if (from == to) {
            throw new IllegalArgumentException("road '" + id + "' starts and ends at the same intersection");
        }
        if (points.size() < 2) {
            throw new IllegalArgumentException("road '" + id + "' needs at least 2 points, got " + points.size());
        }
        if (laneWidths_m.length == 0 || laneWidths_m.length != laneMaxSpeeds_mps.length) {
            throw new IllegalArgumentException("road '" + id + "' needs at least one lane");
        }
        double length_m = Point.polylineLength_m(points) - trim_m(from) - trim_m(to);
        if (!(length_m > 0)) {
            throw new IllegalArgumentException("road '" + id + "' has no drivable length: polyline "
                    + Point.polylineLength_m(points) + " m is not longer than its intersections' widths");
        }
        int road = roadIds.size();
        int firstLane = laneRoad.size();
        for (int k = 0; k < laneWidths_m.length; k++) {
            if (!(laneWidths_m[k] > 0) || !Double.isFinite(laneWidths_m[k])) {
                throw new IllegalArgumentException(
                        "lane " + k + " of road '" + id + "' has width " + laneWidths_m[k] + " m; it must be positive");
            }
            if (!(laneMaxSpeeds_mps[k] > 0) || !Double.isFinite(laneMaxSpeeds_mps[k])) {
                throw new IllegalArgumentException("lane " + k + " of road '" + id + "' has maxSpeed "
                        + laneMaxSpeeds_mps[k] + " m/s; it must be positive");
            }
        }
        for (int k = 0; k < laneWidths_m.length; k++) {
            laneRoad.add(road);
            laneAttributes.add(new double[] {length_m, laneMaxSpeeds_mps[k], laneWidths_m[k]});
            laneOutgoing.add(new ArrayList<>());
        }
        roadIds.add(id);
        roadIndex.put(id, road);
        roadEnds.add(new int[] {from, to});
        roadPoints.add(List.copyOf(points));
        roadLanes.add(new int[] {firstLane, laneWidths_m.length});
        roadOutgoing.add(new ArrayList<>());
        intersectionIncoming.get(to).add(road);
        return road;
    }

    /** Virtual intersections have no junction area, so roads ending there are not shortened. */
    private double trim_m(int intersection) {
        return intersectionVirtual.get(intersection) ? 0.0 : intersectionWidths.get(intersection);
    }

    public int road(String id) {
        Integer r = roadIndex.get(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown road '" + id + "'");
        }
        return r;
    }

    public int laneCountOf(int road) {
        return roadLanes.get(road)[1];
    }

    /** Adds a movement through {@code intersection} from a road ending there to a road starting there. */
    public int addRoadLink(int intersection, int fromRoad, int toRoad, TurnType turn) {
        requireNotBuilt();
        requireIntersection(intersection);
        requireRoad(fromRoad);
        requireRoad(toRoad);
        if (roadEnds.get(fromRoad)[1] != intersection) {
            throw new IllegalArgumentException("road '" + roadIds.get(fromRoad) + "' does not end at intersection '"
                    + intersectionIds.get(intersection) + "'");
        }
        if (roadEnds.get(toRoad)[0] != intersection) {
            throw new IllegalArgumentException("road '" + roadIds.get(toRoad) + "' does not start at intersection '"
                    + intersectionIds.get(intersection) + "'");
        }
        int link = roadLinks.size();
        roadLinks.add(new int[] {intersection, fromRoad, toRoad});
        roadLinkTurns.add(turn);
        roadLinkLaneLinks.add(new ArrayList<>());
        intersectionRoadLinks.get(intersection).add(link);
        roadOutgoing.get(fromRoad).add(link);
        return link;
    }

    /**
     * Adds a lane link of {@code roadLink} from lane {@code fromLaneIndex} of its incoming road to lane
     * {@code toLaneIndex} of its outgoing road. With fewer than two points the link is drawn straight
     * from the end of the one lane to the start of the other.
     */
    public int addLaneLink(int roadLink, int fromLaneIndex, int toLaneIndex, List<Point> points) {
        requireNotBuilt();
        if (roadLink < 0 || roadLink >= roadLinks.size()) {
            throw new IllegalArgumentException("unknown road link " + roadLink);
        }
        int[] rl = roadLinks.get(roadLink);
        int[] fromLanes = roadLanes.get(rl[1]);
        int[] toLanes = roadLanes.get(rl[2]);
        if (fromLaneIndex < 0 || fromLaneIndex >= fromLanes[1]) {
            throw new IllegalArgumentException("lane link starts at lane " + fromLaneIndex + " but road '"
                    + roadIds.get(rl[1]) + "' has lanes 0.." + (fromLanes[1] - 1));
        }
        if (toLaneIndex < 0 || toLaneIndex >= toLanes[1]) {
            throw new IllegalArgumentException("lane link ends at lane " + toLaneIndex + " but road '"
                    + roadIds.get(rl[2]) + "' has lanes 0.." + (toLanes[1] - 1));
        }
        List<Point> geometry = points.size() >= 2 ? List.copyOf(points) : List.of();
        double length_m = geometry.isEmpty()
                ? Math.max(intersectionWidths.get(rl[0]) * 2, 1.0)
                : Point.polylineLength_m(geometry);
        if (!(length_m > 0)) {
            throw new IllegalArgumentException("lane link has zero length");
        }
        int fromLane = fromLanes[0] + fromLaneIndex;
        int link = laneLinks.size();
        laneLinks.add(new int[] {roadLink, fromLane, toLanes[0] + toLaneIndex});
        laneLinkLengths.add(length_m);
        laneLinkPoints.add(geometry);
        roadLinkLaneLinks.get(roadLink).add(link);
        laneOutgoing.get(fromLane).add(link);
        return link;
    }

    /** Appends a signal phase to the intersection's plan; every road link must go through it. */
    public void addPhase(int intersection, double duration_s, int[] roadLinksAllowed) {
        addPhase(intersection, duration_s, roadLinksAllowed, new int[0], null);
    }

    /**
     * Appends a signal phase whose vehicles on {@code haltFirst} (a subset of the links it lets go) halt at
     * the line before they go, and that an actuated program may stretch ({@code actuation} null: fixed); the
     * actuating lane links must belong to the intersection.
     */
    public void addPhase(
            int intersection, double duration_s, int[] roadLinksAllowed, int[] haltFirst, PhaseActuation actuation) {
        requireNotBuilt();
        requireIntersection(intersection);
        for (int link : roadLinksAllowed) {
            if (link < 0 || link >= roadLinks.size() || roadLinks.get(link)[0] != intersection) {
                throw new IllegalArgumentException(
                        "phase lets go road link " + link + ", which is not a road link of this intersection");
            }
        }
        if (actuation != null) {
            for (int laneLink : actuation.actuatingLaneLinks()) {
                if (laneLink < 0
                        || laneLink >= laneLinks.size()
                        || roadLinks.get(laneLinks.get(laneLink)[0])[0] != intersection) {
                    throw new IllegalArgumentException("actuated phase names lane link " + laneLink
                            + ", which is not a lane link of this intersection");
                }
            }
        }
        intersectionPhases.get(intersection).add(new SignalPhase(duration_s, roadLinksAllowed, haltFirst, actuation));
    }

    /** Freezes the network. The builder cannot be used afterwards. */
    public RoadNetwork build() {
        requireNotBuilt();
        built = true;
        return new RoadNetwork(new Frozen(this));
    }

    private void requireNotBuilt() {
        if (built) {
            throw new IllegalStateException("build() was already called");
        }
    }

    private void requireIntersection(int i) {
        if (i < 0 || i >= intersectionIds.size()) {
            throw new IllegalArgumentException("unknown intersection " + i);
        }
    }

    private void requireRoad(int r) {
        if (r < 0 || r >= roadIds.size()) {
            throw new IllegalArgumentException("unknown road " + r);
        }
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The builder's content as final arrays. */
    static final class Frozen {
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
        /** NaN where a lane link has no limit of its own. */
        final double[] laneLinkMaxSpeed_mps;
        /** null where the network declares no right of way for a lane link. */
        final int[][] laneLinkYieldsTo;

        final double[] planStart_s;
        final LinkControl[] laneLinkControl;
        final boolean[] laneLinkWaitsInside;
        /** null where a lane link has no declared internal waiting position. */
        final int[][] laneLinkWaitingFoes;
        /** NaN where a lane link has no declared internal waiting position. */
        final double[] laneLinkWaitingPosition_m;
        /** null where a lane link has no declared internal waiting position. */
        final boolean[][] laneLinkWaitingFoesApproaching;

        final NetworkSource source;

        Frozen(RoadNetworkBuilder b) {
            int ni = b.intersectionIds.size();
            intersectionIds = b.intersectionIds.toArray(new String[0]);
            intersectionPoints = b.intersectionPoints.toArray(new Point[0]);
            intersectionWidth_m = b.intersectionWidths.stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            intersectionVirtual = new boolean[ni];
            intersectionRoadLinks = new int[ni][];
            intersectionIncomingRoads = new int[ni][];
            List<List<SignalPhase>> phases = new ArrayList<>(ni);
            for (int i = 0; i < ni; i++) {
                intersectionVirtual[i] = b.intersectionVirtual.get(i);
                intersectionRoadLinks[i] = ints(b.intersectionRoadLinks.get(i));
                intersectionIncomingRoads[i] = ints(b.intersectionIncoming.get(i));
                phases.add(List.copyOf(b.intersectionPhases.get(i)));
            }
            intersectionPhases = List.copyOf(phases);
            int nr = b.roadIds.size();
            roadIds = b.roadIds.toArray(new String[0]);
            roadFrom = new int[nr];
            roadTo = new int[nr];
            roadFirstLane = new int[nr];
            roadLaneCount = new int[nr];
            roadOutgoingRoadLinks = new int[nr][];
            for (int r = 0; r < nr; r++) {
                roadFrom[r] = b.roadEnds.get(r)[0];
                roadTo[r] = b.roadEnds.get(r)[1];
                roadFirstLane[r] = b.roadLanes.get(r)[0];
                roadLaneCount[r] = b.roadLanes.get(r)[1];
                roadOutgoingRoadLinks[r] = ints(b.roadOutgoing.get(r));
            }
            roadPoints = List.copyOf(b.roadPoints);
            int nl = b.laneRoad.size();
            laneRoad = ints(b.laneRoad);
            laneLength_m = new double[nl];
            laneMaxSpeed_mps = new double[nl];
            laneWidth_m = new double[nl];
            laneOutgoingLaneLinks = new int[nl][];
            for (int l = 0; l < nl; l++) {
                double[] a = b.laneAttributes.get(l);
                laneLength_m[l] = a[0];
                laneMaxSpeed_mps[l] = a[1];
                laneWidth_m[l] = a[2];
                laneOutgoingLaneLinks[l] = ints(b.laneOutgoing.get(l));
            }
            int nk = b.roadLinks.size();
            roadLinkIntersection = new int[nk];
            roadLinkFromRoad = new int[nk];
            roadLinkToRoad = new int[nk];
            roadLinkLaneLinks = new int[nk][];
            for (int k = 0; k < nk; k++) {
                roadLinkIntersection[k] = b.roadLinks.get(k)[0];
                roadLinkFromRoad[k] = b.roadLinks.get(k)[1];
                roadLinkToRoad[k] = b.roadLinks.get(k)[2];
                roadLinkLaneLinks[k] = ints(b.roadLinkLaneLinks.get(k));
            }
            roadLinkTurn = b.roadLinkTurns.toArray(new TurnType[0]);
            int nm = b.laneLinks.size();
            laneLinkRoadLink = new int[nm];
            laneLinkFromLane = new int[nm];
            laneLinkToLane = new int[nm];
            for (int m = 0; m < nm; m++) {
                laneLinkRoadLink[m] = b.laneLinks.get(m)[0];
                laneLinkFromLane[m] = b.laneLinks.get(m)[1];
                laneLinkToLane[m] = b.laneLinks.get(m)[2];
            }
            laneLinkLength_m =
                    b.laneLinkLengths.stream().mapToDouble(Double::doubleValue).toArray();
            laneLinkPoints = List.copyOf(b.laneLinkPoints);
            laneLinkMaxSpeed_mps = new double[nm];
            laneLinkYieldsTo = new int[nm][];
            laneLinkControl = new LinkControl[nm];
            laneLinkWaitsInside = new boolean[nm];
            laneLinkWaitingFoes = new int[nm][];
            laneLinkWaitingPosition_m = new double[nm];
            laneLinkWaitingFoesApproaching = new boolean[nm][];
            for (int m = 0; m < nm; m++) {
                laneLinkWaitingFoes[m] = b.laneLinkWaitingFoes.get(m);
                laneLinkWaitingFoesApproaching[m] = b.laneLinkWaitingFoesApproaching.get(m);
                laneLinkWaitingPosition_m[m] = b.laneLinkWaitingPositions.getOrDefault(m, Double.NaN);
                laneLinkControl[m] = b.laneLinkControls.getOrDefault(m, LinkControl.MAJOR);
                laneLinkWaitsInside[m] = b.laneLinksWaitingInside.contains(m);
                laneLinkMaxSpeed_mps[m] = b.laneLinkMaxSpeeds.getOrDefault(m, Double.NaN);
                laneLinkYieldsTo[m] = b.laneLinkYieldsTo.get(m);
            }
            planStart_s = new double[ni];
            for (int i = 0; i < ni; i++) {
                planStart_s[i] = b.planStarts.getOrDefault(i, 0.0);
            }
            source = b.source;
        }
    }
}
