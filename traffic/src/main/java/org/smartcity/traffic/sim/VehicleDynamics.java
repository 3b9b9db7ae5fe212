package org.smartcity.traffic.sim;

/**
 * The speed rules of the car-following model (a safe-speed/headway model in the Krauss family, as in
 * CityFlow). Pure functions; speeds in m/s, distances in m, decelerations as positive m/s².
 */
final class VehicleDynamics {
    private static final double EPS = 1e-8;

    private VehicleDynamics() {}

    /**
     * The largest speed for the next step with which the follower, braking at {@code followerDecel},
     * still stops {@code targetGap} behind a leader that brakes at {@code leaderDecel}; {@code -100}
     * when even a full stop cannot keep the gap.
     */
    static double noCollisionSpeed(
            double leaderSpeed,
            double leaderDecel,
            double followerSpeed,
            double followerDecel,
            double gap,
            double dt,
            double targetGap) {
        double c = followerSpeed * dt / 2 + targetGap - 0.5 * leaderSpeed * leaderSpeed / leaderDecel - gap;
        double a = 0.5 / followerDecel;
        double b = 0.5 * dt;
        double discriminant = b * b - 4 * a * c;
        if (discriminant < 0) {
            return -100;
        }
        double v1 = 0.5 / a * (Math.sqrt(discriminant) - b);
        double v2 = 2 * leaderSpeed - leaderDecel * dt + 2 * (gap - targetGap) / dt;
        return Math.min(v1, v2);
    }

    /** The car-following speed behind a leader {@code gap} metres ahead (bumper to bumper). */
    static double carFollowingSpeed(
            double speed,
            double maxNegAcc,
            double usualNegAcc,
            double minGap,
            double headway,
            double leaderSpeed,
            double leaderMaxNegAcc,
            double leaderUsualNegAcc,
            double gap,
            double dt) {
        double v = noCollisionSpeed(leaderSpeed, leaderMaxNegAcc, speed, maxNegAcc, gap, dt, 0);
        v = Math.min(v, noCollisionSpeed(leaderSpeed, leaderUsualNegAcc, speed, usualNegAcc, gap, dt, minGap));
        double assumedDecel = Math.max(0, speed - leaderSpeed);
        double headwaySpeed = (gap + (leaderSpeed + assumedDecel / 2) * dt - speed * dt / 2) / (headway + dt / 2);
        return Math.min(v, headwaySpeed);
    }

    /**
     * Speed for the next step that brings a vehicle to rest before a point {@code distance} ahead with
     * comfortable deceleration, or keeps accelerating comfortably while that is still possible.
     */
    static double stopBeforeSpeed(double speed, double usualPosAcc, double usualNegAcc, double distance, double dt) {
        double accelerated = speed + usualPosAcc * dt;
        double brakeAfterAccel = (speed + accelerated) * dt / 2 + accelerated * accelerated / usualNegAcc / 2;
        if (brakeAfterAccel < distance) {
            return accelerated;
        }
        double steps = 2 * distance / (speed + EPS) / dt;
        return steps >= 1 ? speed - speed / Math.floor(steps) : speed - speed / steps;
    }

    /** Distance needed to stop from {@code speed} braking at {@code decel}. */
    static double brakingDistance(double speed, double decel) {
        return speed * speed / decel / 2;
    }
}
