package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;
import org.smartcity.traffic.network.TurnType;

/**
 * The static view of one signalised intersection a controller needs: its phases, and for each phase
 * the movements it lets go, each with the lanes that feed it and the lanes it discharges into. Built
 * from the network once; immutable. Also the static geometry a coordinating controller needs (the
 * intersection's point and its approaches' headings, lengths and speed limits) — never traffic state.
 */
public final class IntersectionLayout {
    private final double planStart_s;
    private final int intersection;
    private final String id;
    private final List<SignalPhase> phases;
    private final ActuationLoops actuationLoops;
    private final List<Movement> movements;
    private final int[][] phaseMovements;
    private final int[] incomingLanes;
    private final Point point;
    private final List<Approach> approaches;
    private final int[] movementApproach;

    /** A road link seen by a controller: its turn and the lanes on both sides. */
    public record Movement(int roadLink, TurnType turn, int[] incomingLanes, int[] outgoingLanes) {}

    /**
     * A road ending at this intersection, as static geometry.
     *
     * @param road the road's dense id
     * @param headingX x component of the unit vector of travel as the road arrives (its last segment)
     * @param headingY y component of that unit vector
     * @param length_m length of the road's polyline, from the upstream intersection's point to this one's,
     *     in metres
     * @param maxSpeed_mps the highest speed limit of its lanes, in m/s
     * @param lanes its lanes' dense ids
     */
    public record Approach(
            int road, double headingX, double headingY, double length_m, double maxSpeed_mps, int[] lanes) {

        /** True when the road arrives closer to the east–west axis than to the north–south one. */
        public boolean isEastWest() {
            return Math.abs(headingX) >= Math.abs(headingY);
        }
    }

    public IntersectionLayout(RoadNetwork network, int intersection) {
        this.intersection = intersection;
        this.id = network.intersectionId(intersection);
        this.phases = network.phasesOf(intersection);
        this.actuationLoops = ActuationLoops.of(network, intersection, phases);
        this.planStart_s = network.planStart_s(intersection);
        int[] roadLinks = network.roadLinksOf(intersection);
        List<Movement> ms = new ArrayList<>();
        for (int roadLink : roadLinks) {
            Set<Integer> in = new LinkedHashSet<>();
            Set<Integer> out = new LinkedHashSet<>();
            for (int laneLink : network.laneLinksOf(roadLink)) {
                in.add(network.laneLinkFromLane(laneLink));
                out.add(network.laneLinkToLane(laneLink));
            }
            ms.add(new Movement(
                    roadLink,
                    network.roadLinkTurn(roadLink),
                    in.stream().mapToInt(Integer::intValue).toArray(),
                    out.stream().mapToInt(Integer::intValue).toArray()));
        }
        this.movements = List.copyOf(ms);
        this.phaseMovements = new int[phases.size()][];
        for (int p = 0; p < phases.size(); p++) {
            List<Integer> idx = new ArrayList<>();
            for (int m = 0; m < ms.size(); m++) {
                if (phases.get(p).allows(ms.get(m).roadLink())) {
                    idx.add(m);
                }
            }
            phaseMovements[p] = idx.stream().mapToInt(Integer::intValue).toArray();
        }
        Set<Integer> lanes = new LinkedHashSet<>();
        for (int road : network.incomingRoadsOf(intersection)) {
            for (int k = 0; k < network.laneCount(road); k++) {
                lanes.add(network.firstLane(road) + k);
            }
        }
        this.incomingLanes = lanes.stream().mapToInt(Integer::intValue).toArray();
        this.point = network.intersectionPoint(intersection);
        List<Approach> as = new ArrayList<>();
        for (int road : network.incomingRoadsOf(intersection)) {
            as.add(approach(network, road));
        }
        this.approaches = List.copyOf(as);
        this.movementApproach = new int[ms.size()];
        for (int m = 0; m < ms.size(); m++) {
            movementApproach[m] = -1;
            int fromRoad = network.roadLinkFromRoad(ms.get(m).roadLink());
            for (int a = 0; a < as.size(); a++) {
                if (as.get(a).road() == fromRoad) {
                    movementApproach[m] = a;
                }
            }
        }
    }

    private static Approach approach(RoadNetwork network, int road) {
        List<Point> points = network.roadPoints(road);
        double hx = 0;
        double hy = 0;
        if (points.size() >= 2) {
            Point a = points.get(points.size() - 2);
            Point b = points.get(points.size() - 1);
            double d = a.distanceTo_m(b);
            if (d > 0) {
                hx = (b.x_m() - a.x_m()) / d;
                hy = (b.y_m() - a.y_m()) / d;
            }
        }
        int first = network.firstLane(road);
        int[] lanes = new int[network.laneCount(road)];
        double maxSpeed = 0;
        for (int k = 0; k < lanes.length; k++) {
            lanes[k] = first + k;
            maxSpeed = Math.max(maxSpeed, network.laneMaxSpeed_mps(first + k));
        }
        return new Approach(road, hx, hy, Point.polylineLength_m(points), maxSpeed, lanes);
    }

    /** Simulation time at which the plan starts its first phase, modulo the cycle (SUMO's offset), in s. */
    public double planStart_s() {
        return planStart_s;
    }

    public int intersection() {
        return intersection;
    }

    public String id() {
        return id;
    }

    public int phaseCount() {
        return phases.size();
    }

    /** The loop detectors of the intersection's actuated program (none when no phase is actuated). */
    public ActuationLoops actuationLoops() {
        return actuationLoops;
    }

    public SignalPhase phase(int p) {
        return phases.get(p);
    }

    public List<Movement> movements() {
        return movements;
    }

    /** Indices into {@link #movements()} of the movements phase {@code p} lets go. */
    public int[] movementsOf(int p) {
        return phaseMovements[p].clone();
    }

    /** Where the intersection sits in the network plane (metres). */
    public Point point() {
        return point;
    }

    /** The roads that end at this intersection, in network order. */
    public List<Approach> approaches() {
        return approaches;
    }

    /** Index into {@link #approaches()} of the road movement {@code m} comes from, -1 if none. */
    public int approachOf(int m) {
        return movementApproach[m];
    }

    /** All lanes that end at this intersection. */
    public int[] incomingLanes() {
        return incomingLanes.clone();
    }
}
