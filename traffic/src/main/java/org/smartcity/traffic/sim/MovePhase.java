package org.smartcity.traffic.sim;

/**
 * SUMO model: first dawdles each vehicle's wanted speed ({@link DawdlePhase#dawdle}). Then applies
 * the wanted speeds: bounds each by the vehicle's maximum deceleration, advances it by the
 * mean of its old and new speed over the step, carries it over drivable ends along its path (a lane,
 * a lane link, the next lane, possibly in one step) and marks it finished when it passes the end of
 * its last lane. Drivable queues are updated afterwards by {@link LeavePhase}.
 */
final class MovePhase implements StepPhase {

    @Override
    public String name() {
        return "move";
    }

    @Override
    public void run(SimulationState s) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        double dt = s.dt;
        boolean sumo = s.sumo;
        int[] blocker = s.blocker;
        int[] nextBlocker = s.nextBlocker;
        double[] speeds = s.speed_mps;
        double[] nextSpeeds = s.nextSpeed_mps;
        double[] maxNegAcc = s.maxNegAcc;
        double[] positions = s.pos_m;
        double[] lengths = drv.length_m;
        int laneCount = drv.laneCount;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            for (int i = 0; i < n; i++) {
                int v = q.get(d, i);
                if (sumo) {
                    DawdlePhase.dawdle(s, v);
                }
                blocker[v] = nextBlocker[v];
                nextBlocker[v] = -1;
                double speed = speeds[v];
                double next = Math.max(nextSpeeds[v], speed - maxNegAcc[v] * dt);
                double advance;
                if (next < 0) {
                    advance = VehicleDynamics.brakingDistance(speed, maxNegAcc[v]);
                    next = 0;
                } else if (sumo) {
                    advance = next * dt; // SUMO's default (semi-implicit Euler) update
                } else {
                    advance = (speed + next) * dt / 2;
                }
                speeds[v] = next;
                double pos = positions[v] + advance;
                int current = d;
                if (pos <= lengths[current]) {
                    positions[v] = pos; // still on its drivable: the common case
                    continue;
                }
                int[] p = s.path[v];
                int k = s.pathIndex[v];
                boolean done = false;
                while (pos > lengths[current]) {
                    if (sumo && k + 1 < p.length && current < laneCount && p[k + 1] < laneCount) {
                        // the lane ends here until the vehicle has changed lanes (SUMO model)
                        pos = lengths[current];
                        speeds[v] = 0;
                        break;
                    }
                    pos -= lengths[current];
                    k++;
                    if (k >= p.length) {
                        done = true;
                        break;
                    }
                    current = p[k];
                }
                positions[v] = pos;
                if (done) {
                    s.status[v] = SimulationState.FINISHED;
                    s.markLeaving(d);
                    s.addFinished(v);
                } else if (current != d) {
                    if (!drv.isLaneLink(d)) {
                        s.stopLineCount[d]++;
                        s.lastCrossing_s[d] = s.time_s();
                        s.lastCrossingSpeed_mps[d] = s.speed_mps[v];
                        s.lastCrossingLength_m[d] = s.length_m[v];
                    }
                    s.drivable[v] = current;
                    s.pathIndex[v] = k;
                    s.markLeaving(d);
                    s.addEntrant(v);
                }
            }
        }
    }
}
