package org.smartcity.traffic.sim;

import java.util.List;
import org.smartcity.traffic.demand.VehicleStop;

/**
 * Step phase {@code halts} (compute, after {@code lane-blocks}): vehicles with planned halts ({@link
 * VehicleStop}, SUMO's {@code <stop>}, e.g. buses at bus stops) brake to stop with their front at the
 * halt's position on its road, on the lane they are on, and stand there until the halt's duration has
 * passed (and its {@code until} time), blocking that lane for the vehicles behind, as SUMO's stops do.
 * A vehicle that can no longer stop in time, even at its maximum deceleration, drives past and skips
 * the halt. Only vehicles of flows with halts are looked at, so runs without them are unchanged.
 */
final class HaltPhase implements StepPhase {
    /** A vehicle whose front is this close to its halt's position (or past it, standing) has reached it, m. */
    private static final double REACHED_M = 0.5;

    /** Vehicles with a halt still to make, and per entry its next halt and its leave time (NaN: not there yet). */
    private int[] vehicles = new int[8];

    private int[] nextHalt = new int[8];
    private double[] leave_s = new double[8];
    private int count;
    /** Vehicles departed so far that were checked for halts. */
    private int seen;

    @Override
    public String name() {
        return "halts";
    }

    @Override
    public void run(SimulationState s) {
        for (; seen < s.departed; seen++) {
            if (!s.flows.get(s.flowOf[seen]).halts().isEmpty()) {
                add(seen);
            }
        }
        double now = s.time_s();
        for (int i = 0; i < count; i++) {
            int v = vehicles[i];
            List<VehicleStop> halts = s.flows.get(s.flowOf[v]).halts();
            if (s.status[v] == SimulationState.FINISHED || nextHalt[i] >= halts.size()) {
                s.dwelling[v] = false;
                remove(i--);
                continue;
            }
            if (s.status[v] != SimulationState.RUNNING) {
                continue;
            }
            if (!Double.isNaN(leave_s[i])) {
                if (now >= leave_s[i]) {
                    s.dwelling[v] = false;
                    leave_s[i] = Double.NaN;
                    nextHalt[i]++;
                } else {
                    s.nextSpeed_mps[v] = 0;
                }
                continue;
            }
            VehicleStop halt = halts.get(nextHalt[i]);
            int road = s.flows.get(s.flowOf[v]).routeRoad(halt.routeIndex());
            double gap = gapTo(s, v, road, halt.position_m());
            if (Double.isNaN(gap)) {
                continue; // not within its look-ahead yet
            }
            if (Math.abs(gap) <= REACHED_M && s.speed_mps[v] <= SimulationState.STOPPED_SPEED_MPS) {
                leave_s[i] = halt.leaveTime_s(now);
                s.dwelling[v] = true;
                s.nextSpeed_mps[v] = 0;
            } else if (gap > 0 && SignalCheckPhase.canStopWithin(s, v, gap)) {
                s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], SignalCheckPhase.stopSpeed(s, v, gap));
            } else if (gap > 0 && VehicleDynamics.brakingDistance(s.speed_mps[v], s.maxNegAcc[v]) <= gap) {
                double brake = Math.max(0, s.speed_mps[v] - s.maxNegAcc[v] * s.dt);
                s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], brake);
            } else if (gap < -REACHED_M) {
                nextHalt[i]++; // passed it without stopping
            }
        }
    }

    /**
     * Distance from {@code v}'s front to {@code position_m} on road {@code road} along its path, when the
     * road is the one it is on or comes within its look-ahead; NaN otherwise. Negative once passed.
     */
    private static double gapTo(SimulationState s, int v, int road, double position_m) {
        Drivables drv = s.drivables;
        int d = s.drivable[v];
        if (!drv.isLaneLink(d) && s.network.laneRoad(d) == road) {
            return position_m - s.pos_m[v];
        }
        int[] path = s.path[v];
        double ahead = drv.length_m[d] - s.pos_m[v];
        double lookAhead = s.lookAhead_m(v) + position_m;
        for (int k = s.pathIndex[v] + 1; k < path.length && ahead <= lookAhead; k++) {
            int e = path[k];
            int previous = path[k - 1];
            boolean lane = !drv.isLaneLink(e);
            if (lane && !drv.isLaneLink(previous) && s.network.laneRoad(e) == s.network.laneRoad(previous)) {
                continue; // a lane change on the same road: no distance
            }
            if (lane && s.network.laneRoad(e) == road) {
                return ahead + position_m;
            }
            ahead += drv.length_m[e];
        }
        return Double.NaN;
    }

    private void add(int v) {
        if (count == vehicles.length) {
            vehicles = java.util.Arrays.copyOf(vehicles, count * 2);
            nextHalt = java.util.Arrays.copyOf(nextHalt, count * 2);
            leave_s = java.util.Arrays.copyOf(leave_s, count * 2);
        }
        vehicles[count] = v;
        nextHalt[count] = 0;
        leave_s[count] = Double.NaN;
        count++;
    }

    private void remove(int i) {
        count--;
        vehicles[i] = vehicles[count];
        nextHalt[i] = nextHalt[count];
        leave_s[i] = leave_s[count];
    }
}
