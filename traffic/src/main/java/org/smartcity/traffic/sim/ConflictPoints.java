package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.TurnType;

/**
 * Where lane links of one intersection cross or merge: for every pair of lane links, the first point
 * where their polylines meet (in the order of the first link's segments), with the distance along
 * each. Each lane link lists its conflict points in ascending distance. With the network's declared
 * right of way (the SUMO model) two lane links from the same lane have no conflict point: they only
 * part, and a vehicle follows the one ahead on a sibling link as its leader, as SUMO treats its
 * same-source foe lanes. Immutable after construction.
 */
final class ConflictPoints {
    private static final double EPS = 1e-8;

    /** Number of conflict points. */
    final int count;
    /** Lane-link drivable ids on side 0 and side 1 of each conflict point. */
    final int[] link0;

    final int[] link1;
    /** Distance of the point along side 0's and side 1's lane link, in metres. */
    final double[] distance0_m;

    final double[] distance1_m;
    /** For each lane link (indexed by lane-link id, not drivable id): its conflict points, nearest first. */
    final int[][] byLink;
    /** Priority of each lane link's movement: straight 3, left 2, right 1 (indexed by lane-link id). */
    final int[] linkPriority;
    /**
     * Who must yield at each conflict point by the network's own right of way: {@link #SIDE0_YIELDS},
     * {@link #SIDE1_YIELDS}, or {@link #UNDECLARED} (the default priorities decide).
     */
    final byte[] declaredYield;
    /**
     * True where only vehicles already on side 1's lane link count at the point, not those still
     * approaching it (SUMO's internal junction foes that do not come from its incoming lanes).
     */
    final boolean[] side1OnlyInside;

    static final byte UNDECLARED = -1;
    static final byte SIDE0_YIELDS = 0;
    static final byte SIDE1_YIELDS = 1;

    /**
     * @param declaredRightOfWay true to take who yields from the network's declarations where it has
     *     them (the SUMO model); false for the default priorities everywhere (CityFlow's model)
     */
    ConflictPoints(RoadNetwork network, int laneCount, boolean declaredRightOfWay) {
        List<int[]> pairs = new ArrayList<>();
        List<double[]> distances = new ArrayList<>();
        for (int i = 0; i < network.intersectionCount(); i++) {
            List<Integer> links = new ArrayList<>();
            for (int roadLink : network.roadLinksOf(i)) {
                for (int laneLink : network.laneLinksOf(roadLink)) {
                    links.add(laneLink);
                }
            }
            // each link's bounding box once, not once per pair
            double[][] boxes = new double[links.size()][];
            for (int a = 0; a < links.size(); a++) {
                boxes[a] = box(network.laneLinkPoints(links.get(a)));
            }
            for (int a = 0; a < links.size(); a++) {
                for (int b = a + 1; b < links.size(); b++) {
                    if (!boxesOverlap(boxes[a], boxes[b])) {
                        continue;
                    }
                    if (declaredRightOfWay
                            && network.laneLinkFromLane(links.get(a)) == network.laneLinkFromLane(links.get(b))) {
                        // SUMO model: lane links from one lane only part (SUMO's same-source foes);
                        // the vehicle ahead on a sibling link is followed as a leader (LeaderPhase),
                        // no one yields there
                        continue;
                    }
                    double[] d =
                            firstMeeting(network.laneLinkPoints(links.get(a)), network.laneLinkPoints(links.get(b)));
                    if (d != null) {
                        pairs.add(new int[] {links.get(a), links.get(b)});
                        distances.add(d);
                    }
                }
            }
        }
        List<Integer> waitsFor = new ArrayList<>(); // indices into pairs declared by internal junctions
        List<Integer> onlyInside = new ArrayList<>();
        if (declaredRightOfWay) {
            addInternalWaits(network, pairs, distances, waitsFor, onlyInside);
        }
        count = pairs.size();
        link0 = new int[count];
        link1 = new int[count];
        distance0_m = new double[count];
        distance1_m = new double[count];
        List<List<Integer>> perLink = new ArrayList<>();
        for (int m = 0; m < network.laneLinkCount(); m++) {
            perLink.add(new ArrayList<>());
        }
        for (int c = 0; c < count; c++) {
            link0[c] = laneCount + pairs.get(c)[0];
            link1[c] = laneCount + pairs.get(c)[1];
            distance0_m[c] = distances.get(c)[0];
            distance1_m[c] = distances.get(c)[1];
            perLink.get(pairs.get(c)[0]).add(c);
            perLink.get(pairs.get(c)[1]).add(c);
        }
        declaredYield = new byte[count];
        for (int c = 0; c < count; c++) {
            declaredYield[c] = declaredRightOfWay ? declared(network, pairs.get(c)[0], pairs.get(c)[1]) : UNDECLARED;
        }
        for (int c : waitsFor) {
            declaredYield[c] = SIDE0_YIELDS;
        }
        side1OnlyInside = new boolean[count];
        for (int c : onlyInside) {
            side1OnlyInside[c] = true;
        }
        byLink = new int[network.laneLinkCount()][];
        linkPriority = new int[network.laneLinkCount()];
        for (int m = 0; m < byLink.length; m++) {
            final int drivable = laneCount + m;
            byLink[m] = perLink.get(m).stream()
                    .sorted((x, y) -> Double.compare(distanceOn(x, drivable), distanceOn(y, drivable)))
                    .mapToInt(Integer::intValue)
                    .toArray();
            TurnType turn = network.roadLinkTurn(network.laneLinkRoadLink(m));
            linkPriority[m] = turn == TurnType.STRAIGHT ? 3 : turn == TurnType.LEFT ? 2 : 1;
        }
    }

    /**
     * SUMO's internal junctions: a lane link with a declared waiting position yields there to each
     * declared foe. Where the two polylines never meet (e.g. a left turn and an oncoming right turn
     * into neighbouring lanes, whose drawn lanes overlap in width only), a conflict point is added:
     * {@link SimulationState#YIELD_DISTANCE_M} past the waiting position on the waiting link (so that
     * it stops there) and, on the foe, where it comes closest to the rest of the waiting link.
     */
    private static void addInternalWaits(
            RoadNetwork network,
            List<int[]> pairs,
            List<double[]> distances,
            List<Integer> waitsFor,
            List<Integer> onlyInside) {
        java.util.Set<Long> known = new java.util.HashSet<>();
        for (int[] p : pairs) {
            known.add(pairKey(p[0], p[1]));
        }
        for (int m = 0; m < network.laneLinkCount(); m++) {
            int[] foes = network.laneLinkWaitingFoes(m);
            if (foes == null) {
                continue;
            }
            List<Point> own = network.laneLinkPoints(m);
            if (own.size() < 2) {
                continue;
            }
            double at = network.laneLinkWaitingPosition_m(m);
            boolean[] approaching = network.laneLinkWaitingFoesApproaching(m);
            double length = Point.polylineLength_m(own);
            for (int i = 0; i < foes.length; i++) {
                int f = foes[i];
                if (network.laneLinkWaitsInside(f) && !contains(network.laneLinkYieldsTo(m), f)) {
                    continue; // SUMO: a foe waiting at its own internal junction counts only when it has priority
                }
                List<Point> foe = network.laneLinkPoints(f);
                if (foe.size() < 2 || !known.add(pairKey(m, f))) {
                    continue;
                }
                double onFoe = closestApproachOnSecond(own, at, foe);
                pairs.add(new int[] {m, f});
                distances.add(new double[] {Math.min(length, at + SimulationState.YIELD_DISTANCE_M), onFoe});
                waitsFor.add(pairs.size() - 1);
                if (!approaching[i]) {
                    onlyInside.add(pairs.size() - 1);
                }
            }
        }
    }

    private static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** Distance along {@code b} of its point nearest to {@code a} beyond {@code fromA_m} (sampled every 0.5 m). */
    private static double closestApproachOnSecond(List<Point> a, double fromA_m, List<Point> b) {
        double best = Double.POSITIVE_INFINITY;
        double bestAlong = 0;
        double lengthA = Point.polylineLength_m(a);
        double lengthB = Point.polylineLength_m(b);
        for (double x = Math.min(fromA_m, lengthA); x <= lengthA + 1e-9; x += 0.5) {
            double[] pa = pointAt(a, x);
            for (double y = 0; y <= lengthB + 1e-9; y += 0.5) {
                double[] pb = pointAt(b, y);
                double d = Math.hypot(pa[0] - pb[0], pa[1] - pb[1]);
                if (d < best) {
                    best = d;
                    bestAlong = y;
                }
            }
        }
        return bestAlong;
    }

    private static double[] pointAt(List<Point> line, double along_m) {
        if (line.size() == 1) {
            return new double[] {line.get(0).x_m(), line.get(0).y_m()};
        }
        double rest = along_m;
        for (int i = 0; i + 1 < line.size(); i++) {
            Point p = line.get(i);
            Point q = line.get(i + 1);
            double seg = p.distanceTo_m(q);
            if (rest <= seg || i + 2 == line.size()) {
                double t = seg > 0 ? Math.min(1, rest / seg) : 0;
                return new double[] {p.x_m() + t * (q.x_m() - p.x_m()), p.y_m() + t * (q.y_m() - p.y_m())};
            }
            rest -= seg;
        }
        Point last = line.get(line.size() - 1);
        return new double[] {last.x_m(), last.y_m()};
    }

    private static byte declared(RoadNetwork network, int laneLink0, int laneLink1) {
        boolean zeroYields = contains(network.laneLinkYieldsTo(laneLink0), laneLink1);
        boolean oneYields = contains(network.laneLinkYieldsTo(laneLink1), laneLink0);
        if (zeroYields == oneYields) {
            return UNDECLARED;
        }
        return zeroYields ? SIDE0_YIELDS : SIDE1_YIELDS;
    }

    private static boolean contains(int[] values, int value) {
        if (values == null) {
            return false;
        }
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /** Distance of conflict point {@code c} along lane-link drivable {@code link}. */
    double distanceOn(int c, int link) {
        return link0[c] == link ? distance0_m[c] : distance1_m[c];
    }

    /** Side (0 or 1) of conflict point {@code c} that lane-link drivable {@code link} is on. */
    int sideOf(int c, int link) {
        return link0[c] == link ? 0 : 1;
    }

    /** The lane-link drivable on the other side of {@code c} from {@code link}. */
    int otherLink(int c, int link) {
        return link0[c] == link ? link1[c] : link0[c];
    }

    /**
     * Distances along both polylines of their first meeting point, or null when they never meet. The
     * caller has checked that their bounding boxes overlap.
     */
    private static double[] firstMeeting(List<Point> a, List<Point> b) {
        double alongA = 0;
        for (int i = 0; i + 1 < a.size(); i++) {
            Point a1 = a.get(i);
            Point a2 = a.get(i + 1);
            double alongB = 0;
            for (int j = 0; j + 1 < b.size(); j++) {
                Point b1 = b.get(j);
                Point b2 = b.get(j + 1);
                double dax = a2.x_m() - a1.x_m();
                double day = a2.y_m() - a1.y_m();
                double dbx = b2.x_m() - b1.x_m();
                double dby = b2.y_m() - b1.y_m();
                double cross = dax * dby - day * dbx;
                if (Math.abs(cross) > EPS) {
                    double t = ((b1.x_m() - a1.x_m()) * dby - (b1.y_m() - a1.y_m()) * dbx) / cross;
                    double px = a1.x_m() + t * dax;
                    double py = a1.y_m() + t * day;
                    if (onSegment(a1, a2, px, py) && onSegment(b1, b2, px, py)) {
                        return new double[] {
                            alongA + Math.hypot(px - a1.x_m(), py - a1.y_m()),
                            alongB + Math.hypot(px - b1.x_m(), py - b1.y_m())
                        };
                    }
                }
                alongB += b1.distanceTo_m(b2);
            }
            alongA += a1.distanceTo_m(a2);
        }
        return null;
    }

    private static boolean boxesOverlap(double[] ba, double[] bb) {
        return ba[0] <= bb[2] + EPS && bb[0] <= ba[2] + EPS && ba[1] <= bb[3] + EPS && bb[1] <= ba[3] + EPS;
    }

    /** Bounding box of a polyline: min x, min y, max x, max y. */
    private static double[] box(List<Point> points) {
        double[] b = {
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (Point p : points) {
            b[0] = Math.min(b[0], p.x_m());
            b[1] = Math.min(b[1], p.y_m());
            b[2] = Math.max(b[2], p.x_m());
            b[3] = Math.max(b[3], p.y_m());
        }
        return b;
    }

    private static boolean onSegment(Point p1, Point p2, double x, double y) {
        return (x - p1.x_m()) * (x - p2.x_m()) + (y - p1.y_m()) * (y - p2.y_m()) <= EPS;
    }
}
