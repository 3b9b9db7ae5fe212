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

    @Override
    public long departures(int lane) {
        return s.stopLineCount[lane];
    }
}
