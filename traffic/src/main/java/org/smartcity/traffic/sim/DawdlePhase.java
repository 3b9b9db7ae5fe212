package org.smartcity.traffic.sim;

/**
 * SUMO model: driver imperfection after all other limits are known (Krauss dawdling). Each running
 * vehicle whose driver has {@code sigma > 0} drives, with a fresh uniform draw r in [0, 1), slower
 * than it could by {@code sigma · a · r · dt} (a its acceleration), or by {@code sigma · v · r · dt}
 * when its wanted speed v is below a, so that a standing car still starts; never slower than a
 * comfortable brake from its current speed would make it, unless a limit demands more. Nothing
 * happens in the CityFlow model (sigma is 0 there), and no random number is drawn then.
 */
final class DawdlePhase implements StepPhase {

    @Override
    public String name() {
        return "dawdle";
    }

    @Override
    public void run(SimulationState s) {
        if (!s.sumo) {
            return;
        }
        DrivableQueues q = s.onDrivable;
        double dt = s.dt;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            for (int i = 0; i < n; i++) {
                int v = q.get(d, i);
                double sigma = s.sigma[v];
                if (sigma <= 0) {
                    continue;
                }
                double wanted = s.nextSpeed_mps[v];
                double accel = s.maxPosAcc[v];
                double r = s.driverRandom.nextDouble();
                double dawdled = wanted < accel ? wanted - sigma * wanted * r * dt : wanted - sigma * accel * r * dt;
                double floor = Math.min(wanted, Math.max(0, s.speed_mps[v] - s.usualNegAcc[v] * dt));
                s.nextSpeed_mps[v] = Math.max(floor, Math.max(0, dawdled));
            }
        }
    }
}
