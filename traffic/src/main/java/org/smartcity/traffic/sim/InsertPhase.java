package org.smartcity.traffic.sim;

/**
 * Departs the vehicles due at this step into their first lane's entry queue, then lets at most one
 * vehicle per lane enter, at the lane start and at rest, when the last vehicle on the lane is clear of
 * the start by the newcomer's minimum gap. A vehicle that cannot enter keeps waiting, and its waiting
 * counts in its travel time.
 */
final class InsertPhase implements StepPhase {
    private static final double EPS = 1e-9;

    @Override
    public String name() {
        return "insert";
    }

    @Override
    public void run(SimulationState s) {
        double now = s.time_s();
        if (s.tripRouter != null) {
            s.tripRouter.sample(s);
        }
        while (s.nextDeparture < s.capacity && s.departureTime_s[s.nextDeparture] <= now + EPS) {
            s.depart(s.departureFlow[s.nextDeparture]);
            s.nextDeparture++;
        }
        DrivableQueues entry = s.entryQueue;
        for (int o = entry.occupiedCount() - 1; o >= 0; o--) {
            int lane = entry.occupied(o);
            int v = s.entryQueue.first(lane);
            if (!s.onDrivable.isEmpty(lane)) {
                int tail = s.onDrivable.last(lane);
                if (!(s.pos_m[tail] > s.length_m[tail] + s.minGap_m[v])) {
                    continue;
                }
            }
            s.entryQueue.removeFirst(lane);
            s.maxEntryWait_s = Math.max(s.maxEntryWait_s, now - s.enterTime_s[v]);
            s.status[v] = SimulationState.RUNNING;
            s.enteredLane++;
            s.pos_m[v] = 0;
            s.speed_mps[v] = 0;
            s.onDrivable.addLast(lane, v);
            s.waitingToEnter--;
            s.running++;
        }
    }
}
