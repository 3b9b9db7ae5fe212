package org.smartcity.traffic.sim;

/**
 * SUMO model: cooperation with lane changers (compute). For each vehicle that failed to change to a
 * lane last step and still wants to, the vehicle just behind its position on that lane slows so as
 * to stop short of it, if it can do so braking comfortably; the gap then opens as the traffic ahead
 * moves on. Nothing happens in the CityFlow model.
 */
final class LaneChangeYieldPhase implements StepPhase {

    @Override
    public String name() {
        return "lane-change-yield";
    }

    @Override
    public void run(SimulationState s) {
        if (!s.sumo) {
            return;
        }
        DrivableQueues q = s.onDrivable;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            if (s.drivables.isLaneLink(d)) {
                continue;
            }
            for (int i = 0; i < q.size(d); i++) {
                int v = q.get(d, i);
                int to = s.wantsLane[v];
                if (to >= 0 && s.changePending(v) && s.path[v][s.pathIndex[v] + 1] == to) {
                    makeRoom(s, v, to);
                }
            }
        }
    }

    private static void makeRoom(SimulationState s, int v, int lane) {
        DrivableQueues q = s.onDrivable;
        double x = s.pos_m[v];
        int at = LaneChangePhase.slot(s, lane, x);
        if (at == q.size(lane)) {
            return; // nobody behind it on that lane
        }
        int f = q.get(lane, at);
        double gap = x - s.length_m[v] - s.pos_m[f] - s.minGap_m[f];
        if (gap <= 0) {
            return;
        }
        double keep = VehicleDynamics.kraussSafeSpeed(
                gap, s.speed_mps[v], s.usualNegAcc[v], s.usualNegAcc[f], s.headway_s[f], s.dt);
        if (keep >= s.speed_mps[f] - s.usualNegAcc[f] * s.dt) {
            s.nextSpeed_mps[f] = Math.min(s.nextSpeed_mps[f], keep);
        }
    }
}
