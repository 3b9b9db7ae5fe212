package org.smartcity.traffic.sim;

import java.util.List;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * SUMO model: where lane links that leave the same lane part. Two such links overlap at their start;
 * SUMO treats a vehicle on the other link as a vehicle ahead until its back has passed the point
 * where the two centre lines are at least min(2.5 m, mean lane width) apart, and ignores it after
 * that (a car waiting to turn left no longer holds up the car going straight once it has moved
 * clear of its path). Distances are along the other link from its start, in the drivable's own
 * length; {@link Double#POSITIVE_INFINITY} where the links never part (they stay side by side).
 */
final class LinkDivergence {
    private static final double MIN_SEPARATION_M = 2.5;
    private static final double SAMPLE_M = 0.25;

    /** [laneLink][k]: for the k-th link of {@code linksFromLane[startLane]}, where it parts from laneLink. */
    private final double[][] partsAt_m;

    private final int laneCount;

    LinkDivergence(RoadNetwork network, Drivables drivables) {
        laneCount = drivables.laneCount;
        partsAt_m = new double[drivables.count - laneCount][];
        for (int d = laneCount; d < drivables.count; d++) {
            int[] siblings = drivables.linksFromLane[drivables.startLane[d]];
            double[] parts = new double[siblings.length];
            double separation = Math.min(MIN_SEPARATION_M, network.laneWidth_m(drivables.startLane[d]));
            List<Point> own = network.laneLinkPoints(d - laneCount);
            for (int k = 0; k < siblings.length; k++) {
                if (siblings[k] == d) {
                    parts[k] = Double.POSITIVE_INFINITY;
                    continue;
                }
                List<Point> other = network.laneLinkPoints(siblings[k] - laneCount);
                parts[k] = partingDistance(other, own, separation, drivables.length_m[siblings[k]]);
            }
            partsAt_m[d - laneCount] = parts;
        }
    }

    /**
     * Distance along the sibling {@code k} of {@code link} (its k-th entry in the lane's links) after
     * which a vehicle's back on that sibling no longer holds up vehicles taking {@code link}.
     */
    double partsAt_m(int link, int k) {
        return partsAt_m[link - laneCount][k];
    }

    /** Along {@code path} (scaled to {@code length_m}): the end of its last stretch closer than {@code separation} to {@code from}. */
    private static double partingDistance(List<Point> path, List<Point> from, double separation, double length_m) {
        if (path.size() < 2 || from.size() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double total = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            total += path.get(i).distanceTo_m(path.get(i + 1));
        }
        if (total <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (distanceTo(
                        from,
                        path.get(path.size() - 1).x_m(),
                        path.get(path.size() - 1).y_m())
                < separation) {
            return Double.POSITIVE_INFINITY; // never parts within the intersection
        }
        double lastClose = 0;
        double along = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            Point a = path.get(i);
            Point b = path.get(i + 1);
            double seg = a.distanceTo_m(b);
            for (double t = 0; t < seg; t += SAMPLE_M) {
                double x = a.x_m() + (b.x_m() - a.x_m()) * t / seg;
                double y = a.y_m() + (b.y_m() - a.y_m()) * t / seg;
                if (distanceTo(from, x, y) < separation) {
                    lastClose = along + t;
                }
            }
            along += seg;
        }
        return Math.min(total, lastClose + SAMPLE_M) * length_m / total;
    }

    private static double distanceTo(List<Point> polyline, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < polyline.size(); i++) {
            Point a = polyline.get(i);
            Point b = polyline.get(i + 1);
            double dx = b.x_m() - a.x_m();
            double dy = b.y_m() - a.y_m();
            double len2 = dx * dx + dy * dy;
            double t = len2 <= 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x_m()) * dx + (y - a.y_m()) * dy) / len2));
            best = Math.min(best, Math.hypot(a.x_m() + t * dx - x, a.y_m() + t * dy - y));
        }
        return best;
    }
}
