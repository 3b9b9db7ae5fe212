package org.smartcity.traffic.sim;

/**
 * SUMO model: driver imperfection after all other limits are known (Krauss dawdling). Each running
 * vehicle whose driver has {@code sigma > 0} drives, with a fresh uniform draw r in [0, 1), slower
 * than it could by {@code sigma · a · r · dt} (a its acceleration), or by {@code sigma · v · r · dt}
 * when its wanted speed v is below a, so that a standing car still starts; never slower than a
 * comfortable brake from its current speed would make it, unless a limit demands more. Nothing
 * happens in the CityFlow model (sigma is 0 there), and no random number is drawn then.
 */
final class DawdlePhase {

    private DawdlePhase() {}

    /**
     * Dawdles vehicle {@code v}'s wanted speed (SUMO model; nothing for sigma 0). {@link MovePhase}
     * calls it for each vehicle just before moving it, in its walk order, which is the order of the
     * random draws: a vehicle's dawdling reads and writes only its own fields.
     */
    static void dawdle(SimulationState s, int v) {
        double sigma = s.sigma[v];
        if (sigma <= 0) {
            return;
        }
        double dt = s.dt;
        double wanted = s.nextSpeed_mps[v];
        double accel = s.maxPosAcc[v];
        double r = s.driverRandom.nextDouble();
        double dawdled = wanted < accel ? wanted - sigma * wanted * r * dt : wanted - sigma * accel * r * dt;
        double floor = Math.min(wanted, Math.max(0, s.speed_mps[v] - s.usualNegAcc[v] * dt));
        s.nextSpeed_mps[v] = Math.max(floor, Math.max(0, dawdled));
    }
}
