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
        if (speed == 0 && distance <= 0) {
            return 0; // already standing at the point (a lane changer can be placed there)
        }
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

    /**
     * The largest speed for the next step from which a vehicle braking at {@code decel} still slows to
     * {@code targetSpeed} by the time it has covered {@code distance} (a lower limit ahead, treated
     * like a leader driving at that speed); never below {@code targetSpeed}.
     */
    static double approachSpeed(double speed, double decel, double distance, double targetSpeed, double dt) {
        double half = decel * dt / 2;
        double room = distance - speed * dt / 2;
        double v = -half + Math.sqrt(half * half + 2 * decel * Math.max(0, room) + targetSpeed * targetSpeed);
        return Math.max(v, targetSpeed);
    }

    /**
     * Krauss's safe speed as SUMO runs it with its default (Euler) update (SUMO model): the largest
     * speed v for the next step such that driving v for the reaction time {@code tau} and then braking
     * by {@code decel · dt} every step of {@code dt} stops the follower within {@code gap} plus the
     * distance the leader needs to stop the same way at {@code leaderDecel}; {@code gap} is bumper to
     * bumper less the follower's minimum gap. Never negative.
     */
    static double kraussSafeSpeed(
            double gap, double leaderSpeed, double leaderDecel, double decel, double tau, double dt) {
        double room = gap + stepwiseBrakingDistance(leaderSpeed, leaderDecel, dt);
        if (room <= 0) {
            return 0;
        }
        double perStep = decel * dt;
        // with v in [n·D, (n+1)·D), the distance v·tau + dt·Σ(v − k·D), k = 1..n, is linear in v
        int n = 0;
        while (true) {
            double v = (room + dt * perStep * n * (n + 1) / 2) / (tau + n * dt);
            if (v < (n + 1) * perStep || n > 10_000) {
                return v;
            }
            n++;
        }
    }

    /** Distance to stop from {@code speed} when every step of {@code dt} the speed drops by {@code decel · dt}. */
    static double stepwiseBrakingDistance(double speed, double decel, double dt) {
        double perStep = decel * dt;
        int steps = (int) (speed / perStep);
        return dt * (steps * speed - perStep * steps * (steps + 1) / 2.0);
    }
}
