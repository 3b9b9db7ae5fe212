package org.smartcity.traffic.sim;

/**
 * Caps the speed of vehicles approaching an intersection (within their look-ahead distance of the
 * stop line): they stop before the line when their next lane link is red or yellow, or when the lane
 * it leads to is jammed at its start (spillback), unless they are already too close to stop with
 * their maximum deceleration; turning vehicles slow to the turn speed. Vehicles already inside the
 * intersection carry on.
 */
final class SignalCheckPhase implements StepPhase {

    @Override
    public String name() {
        return "signal-check";
    }

    @Override
    public void run(SimulationState s) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        for (int lane = 0; lane < drv.laneCount; lane++) {
            int n = q.size(lane);
            double length = drv.length_m[lane];
            for (int i = 0; i < n; i++) {
                int v = q.get(lane, i);
                double remaining = length - s.pos_m[v];
                if (remaining > s.lookAhead_m(v)) {
                    continue;
                }
                int[] p = s.path[v];
                int k = s.pathIndex[v] + 1;
                if (k >= p.length) {
                    continue;
                }
                int link = p[k];
                double speed = s.speed_mps[v];
                boolean mustStop = !s.signals.isGreen(drv.roadLink[link]) || !canEnter(s, drv.endLane[link], v);
                if (mustStop && VehicleDynamics.brakingDistance(speed, s.maxNegAcc[v]) <= remaining) {
                    s.nextSpeed_mps[v] = Math.min(
                            s.nextSpeed_mps[v],
                            VehicleDynamics.stopBeforeSpeed(
                                    speed, s.usualPosAcc[v], s.usualNegAcc[v], remaining, s.dt));
                } else if (drv.turning[link]) {
                    s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], SimulationState.TURN_SPEED_MPS);
                }
            }
        }
    }

    /** A lane can be entered unless its last vehicle is slow and still within two car lengths of its start. */
    private static boolean canEnter(SimulationState s, int lane, int v) {
        if (s.onDrivable.isEmpty(lane)) {
            return true;
        }
        int tail = s.onDrivable.last(lane);
        return s.pos_m[tail] > s.length_m[tail] + s.length_m[v]
                || s.speed_mps[tail] >= SimulationState.JAMMED_SPEED_MPS;
    }
}
