package org.smartcity.traffic.sim;

import org.smartcity.traffic.signal.LaneReadings;

/**
 * Virtual detectors on every lane: vehicles within a range of the lane's downstream end, read from the
 * simulation state at the start of a step. Used only on the simulation thread.
 */
final class LaneDetectors implements LaneReadings {
    private final SimulationState s;

    LaneDetectors(SimulationState state) {
        this.s = state;
    }

    @Override
    public int vehicles(int lane, double range_m) {
        if (range_m == Double.POSITIVE_INFINITY) {
            return s.onDrivable.size(lane);
        }
        return count(lane, range_m, Double.POSITIVE_INFINITY);
    }

    @Override
    public int waitingVehicles(int lane, double range_m) {
        return count(lane, range_m, WAITING_SPEED_MPS);
    }

    /** Vehicles within {@code range_m} of the lane's end that are slower than {@code belowSpeed_mps}. */
    private int count(int lane, double range_m, double belowSpeed_mps) {
        int n = s.onDrivable.size(lane);
        double length = s.drivables.length_m[lane];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int v = s.onDrivable.get(lane, i);
            if (length - s.pos_m[v] > range_m) {
                break;
            }
            if (s.speed_mps[v] < belowSpeed_mps) {
                count++;
            }
        }
        return count;
    }

    /**
     * Read from the vehicles now on the lane: 0 when one covers the loop, else the shortest time since
     * one of those past it left it (distance past the loop over its speed, at least 0.1 m/s); for the
     * last vehicle that crossed the stop line, the time since its crossing plus the time it took from
     * the loop to the line at its crossing speed.
     */
    @Override
    public double secondsSinceDetection(int lane, double distance_m) {
        double loop = s.drivables.length_m[lane] - distance_m;
        double since = Double.POSITIVE_INFINITY;
        if (!Double.isNaN(s.lastCrossing_s[lane])) {
            since = s.time_s()
                    - s.lastCrossing_s[lane]
                    + Math.max(0, distance_m - s.lastCrossingLength_m[lane])
                            / Math.max(s.lastCrossingSpeed_mps[lane], WAITING_SPEED_MPS);
        }
        int n = s.onDrivable.size(lane);
        for (int i = 0; i < n; i++) {
            int v = s.onDrivable.get(lane, i);
            if (s.pos_m[v] < loop) {
                break;
            }
            double rear = s.pos_m[v] - s.length_m[v];
            if (rear <= loop) {
                return 0;
            }
            since = Math.min(since, (rear - loop) / Math.max(s.speed_mps[v], WAITING_SPEED_MPS));
        }
        return since;
    }

    @Override
    public long departures(int lane) {
        return s.stopLineCount[lane];
    }
}
