package org.smartcity.traffic.sim;

/**
 * Finds each running vehicle's leader and the bumper-to-bumper gap to it. The vehicle ahead on the
 * same drivable leads; the first vehicle of a drivable looks ahead along its path (the lane link it
 * will take and every link leaving the same lane, since they overlap at their start, then the next
 * lane) up to its look-ahead distance. A full downstream lane therefore holds vehicles back. The search
 * stops where the path changes lane (SUMO model): the lane ends there for the vehicle. Each vehicle's
 * wanted speed ({@link CarFollowingPhase#wantedSpeed}) is worked out in the same walk, as soon as its
 * leader is known: the car-following step reads only step t's speeds and this vehicle's leader and gap.
 */
final class LeaderPhase implements StepPhase {

    @Override
    public String name() {
        return "leaders";
    }

    @Override
    public void run(SimulationState s) {
        DrivableQueues q = s.onDrivable;
        int[] leader = s.leader;
        double[] gap = s.gap_m;
        double[] pos = s.pos_m;
        double[] length = s.length_m;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            int ahead = q.first(d);
            searchAhead(s, ahead, d);
            CarFollowingPhase.wantedSpeed(s, ahead, d);
            for (int i = 1; i < n; i++) {
                int v = q.get(d, i);
                leader[v] = ahead;
                gap[v] = pos[ahead] - length[ahead] - pos[v];
                CarFollowingPhase.wantedSpeed(s, v, d);
                ahead = v;
            }
        }
    }

    private static void searchAhead(SimulationState s, int v, int d) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        double accumulated = drv.length_m[d] - s.pos_m[v];
        double limit = s.lookAhead_m(v);
        int[] p = s.path[v];
        s.leader[v] = -1;
        for (int i = s.pathIndex[v] + 1; i < p.length; i++) {
            int next = p[i];
            if (s.sumo && !drv.isLaneLink(next) && !drv.isLaneLink(p[i - 1])) {
                return; // a lane change is still to be made: this lane ends here for the vehicle
            }
            if (drv.isLaneLink(next)) {
                double best = Double.POSITIVE_INFINITY;
                int bestLeader = -1;
                for (int link : drv.linksFromLane[drv.startLane[next]]) {
                    if (!q.isEmpty(link)) {
                        int c = q.last(link);
                        if (s.sumo && link != next && s.pos_m[c] >= s.length_m[c]) {
                            // SUMO: a vehicle on another link from the lane is in the way only while
                            // its back is still on the lane
                            continue;
                        }
                        double gap = accumulated + s.pos_m[c] - s.length_m[c];
                        if (gap < best) {
                            best = gap;
                            bestLeader = c;
                        }
                    }
                }
                if (bestLeader >= 0) {
                    s.leader[v] = bestLeader;
                    s.gap_m[v] = best;
                    return;
                }
            } else if (!q.isEmpty(next)) {
                int c = q.last(next);
                s.leader[v] = c;
                s.gap_m[v] = accumulated + s.pos_m[c] - s.length_m[c];
                return;
            }
            accumulated += drv.length_m[next];
            if (accumulated > limit) {
                return;
            }
        }
    }
}
