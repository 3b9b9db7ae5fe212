package org.smartcity.traffic.demand;

/**
 * A planned halt of a vehicle on its route (SUMO's {@code <stop>}, e.g. a bus at a bus stop): the vehicle
 * stops with its front at {@code position_m} on road {@code route[routeIndex]} and dwells there, blocking
 * its lane, until {@code duration_s} has passed since it stopped and the time is at least {@code until_s}.
 * Immutable.
 *
 * @param routeIndex index into the vehicle's route of the road it stops on
 * @param laneOnRoad lane of that road it stops on (leftmost 0), or -1 for whichever lane it is on
 * @param position_m where its front halts, from the lane's start (clamped to the lane's length)
 * @param duration_s least dwell time, ≥ 0
 * @param until_s simulation time before which it does not leave, or NaN for none
 */
public record VehicleStop(int routeIndex, int laneOnRoad, double position_m, double duration_s, double until_s) {
    public VehicleStop {
        if (routeIndex < 0 || laneOnRoad < -1) {
            throw new IllegalArgumentException("stop: bad route index " + routeIndex + " or lane " + laneOnRoad);
        }
        if (!(position_m >= 0) || !Double.isFinite(position_m)) {
            throw new IllegalArgumentException("stop position must be >= 0 m, got " + position_m);
        }
        if (!(duration_s >= 0) || !Double.isFinite(duration_s)) {
            throw new IllegalArgumentException("stop duration must be >= 0 s, got " + duration_s);
        }
        if (!Double.isNaN(until_s) && !Double.isFinite(until_s)) {
            throw new IllegalArgumentException("stop 'until' must be a finite time, got " + until_s);
        }
    }

    /** When a vehicle that halted at {@code arrived_s} may leave. */
    public double leaveTime_s(double arrived_s) {
        double leave = arrived_s + duration_s;
        return Double.isNaN(until_s) ? leave : Math.max(leave, until_s);
    }
}
