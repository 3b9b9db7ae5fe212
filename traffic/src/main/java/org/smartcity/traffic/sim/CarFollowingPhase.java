package org.smartcity.traffic.sim;

/**
 * Computes each running vehicle's wanted speed for the next step from its own limits, the drivable's
 * speed limit and its leader (reads step t, writes {@code nextSpeed_mps}). Not a phase of its own:
 * {@link LeaderPhase} calls it for each vehicle as soon as that vehicle's leader and gap are known, so
 * that the vehicles are walked once for both (nothing between the two reads or writes these fields).
 */
final class CarFollowingPhase {

    private CarFollowingPhase() {}

    /** Sets {@code nextSpeed_mps} of vehicle {@code v} on drivable {@code d}; its leader and gap are set. */
    static void wantedSpeed(SimulationState s, int v, int d) {
        double dt = s.dt;
        double speed = s.speed_mps[v];
        double next = Math.min(s.maxSpeed[v], speed + s.maxPosAcc[v] * dt);
        next = Math.min(next, s.drivables.maxSpeed_mps[d] * s.speedFactor[v]);
        int l = s.leader[v];
        if (l >= 0 && s.sumo) {
            next = Math.min(
                    next,
                    VehicleDynamics.kraussSafeSpeed(
                            s.gap_m[v] - s.minGap_m[v],
                            s.speed_mps[l],
                            s.usualNegAcc[l],
                            s.usualNegAcc[v],
                            s.headway_s[v],
                            dt));
        } else if (l >= 0) {
            next = Math.min(
                    next,
                    VehicleDynamics.carFollowingSpeed(
                            speed,
                            s.maxNegAcc[v],
                            s.usualNegAcc[v],
                            s.minGap_m[v],
                            s.headway_s[v],
                            s.speed_mps[l],
                            s.maxNegAcc[l],
                            s.usualNegAcc[l],
                            s.gap_m[v],
                            dt));
        }
        s.nextSpeed_mps[v] = next;
    }
}
