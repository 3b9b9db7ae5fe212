package org.smartcity.traffic.sim;

/**
 * Applies the wanted speeds: bounds each by the vehicle's maximum deceleration, advances it by the
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
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            for (int i = 0; i < n; i++) {
                int v = q.get(d, i);
                s.blocker[v] = s.nextBlocker[v];
                s.nextBlocker[v] = -1;
                double speed = s.speed_mps[v];
                double next = Math.max(s.nextSpeed_mps[v], speed - s.maxNegAcc[v] * dt);
                double advance;
                if (next < 0) {
                    advance = VehicleDynamics.brakingDistance(speed, s.maxNegAcc[v]);
                    next = 0;
                } else if (s.sumo) {
                    advance = next * dt; // SUMO's default (semi-implicit Euler) update
                } else {
                    advance = (speed + next) * dt / 2;
                }
                s.speed_mps[v] = next;
                double pos = s.pos_m[v] + advance;
                int[] p = s.path[v];
                int k = s.pathIndex[v];
                int current = d;
                boolean done = false;
                while (pos > drv.length_m[current]) {
                    if (s.sumo && k + 1 < p.length && !drv.isLaneLink(current) && !drv.isLaneLink(p[k + 1])) {
                        // the lane ends here until the vehicle has changed lanes (SUMO model)
                        pos = drv.length_m[current];
                        s.speed_mps[v] = 0;
                        break;
                    }
                    pos -= drv.length_m[current];
                    k++;
                    if (k >= p.length) {
                        done = true;
                        break;
                    }
                    current = p[k];
                }
                s.pos_m[v] = pos;
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
