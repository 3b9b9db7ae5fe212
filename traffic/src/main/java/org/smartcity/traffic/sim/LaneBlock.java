package org.smartcity.traffic.sim;

/**
 * An incident that blocks one lane: from {@code from_s} (inclusive) to {@code until_s} (exclusive) an
 * obstacle at {@code position_m} from the lane's start acts like a stopped vehicle of zero length.
 * Vehicles behind it stop, vehicles that can no longer stop with their maximum deceleration when it
 * appears pass it, and vehicles on lane links into the lane stop for it too. The model has no lane
 * changes (CityFlow's default), so traffic planned over the lane queues behind it until it clears.
 *
 * @param lane dense lane id of the network
 * @param position_m distance of the obstacle from the lane's start, within the lane
 * @param from_s simulated time the lane is blocked from, ≥ 0
 * @param until_s simulated time it clears, > from_s
 */
public record LaneBlock(int lane, double position_m, double from_s, double until_s) {
    public LaneBlock {
        if (lane < 0) {
            throw new IllegalArgumentException("lane must be a lane id, got " + lane);
        }
        if (!(position_m >= 0) || !Double.isFinite(position_m)) {
            throw new IllegalArgumentException("position must be ≥ 0 m, got " + position_m);
        }
        if (!(from_s >= 0) || !(until_s > from_s)) {
            throw new IllegalArgumentException("need 0 ≤ from < until, got " + from_s + " .. " + until_s);
        }
    }

    /** True while the obstacle is on the road at simulated time {@code time_s}. */
    public boolean activeAt(double time_s) {
        return time_s >= from_s && time_s < until_s;
    }
}
