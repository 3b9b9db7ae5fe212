package org.smartcity.traffic.sim;

/**
 * Computes each running vehicle's wanted speed for the next step from its own limits, the drivable's
 * speed limit and its leader (reads step t, writes {@code nextSpeed_mps}).
 */
final class CarFollowingPhase implements StepPhase {

    @Override
    public String name() {
        return "car-following";
    }

    @Override
    public void run(SimulationState s) {
        DrivableQueues q = s.onDrivable;
        double dt = s.dt;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            for (int i = 0; i < n; i++) {
                int v = q.get(d, i);
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
    }
}
