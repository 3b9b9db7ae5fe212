package org.smartcity.traffic.sim;

/**
 * Publishes the moves of this step: takes leaving vehicles off their old drivables, appends vehicles
 * that entered a drivable behind those already on it (the one that got furthest first), and books
 * the travel time of finished vehicles (time of this step minus departure time).
 */
final class LeavePhase implements StepPhase {

    @Override
    public String name() {
        return "leave";
    }

    @Override
    public void run(SimulationState s) {
        DrivableQueues q = s.onDrivable;
        int[] leaving = s.leavingCount;
        for (int t = 0; t < s.touchedCount; t++) {
            int d = s.touched[t];
            int remaining = leaving[d];
            while (remaining > 0 && !q.isEmpty(d) && hasLeft(s, q.first(d), d)) {
                q.removeFirst(d);
                remaining--;
            }
            if (remaining > 0) {
                final int drivable = d;
                q.retain(d, v -> !hasLeft(s, v, drivable));
            }
            leaving[d] = 0;
        }
        s.touchedCount = 0;
        sortEntrants(s);
        for (int i = 0; i < s.entrantCount; i++) {
            int v = s.entrants[i];
            q.addLast(s.drivable[v], v);
            s.enterLaneLinkStep[v] = s.drivables.isLaneLink(s.drivable[v]) ? s.step : Integer.MAX_VALUE;
        }
        s.entrantCount = 0;
        double now = s.time_s();
        for (int i = 0; i < s.finishedNowCount; i++) {
            int v = s.finishedNow[i];
            s.finished++;
            s.running--;
            s.finishedTravelTime_s += now - s.enterTime_s[v];
        }
        s.finishedNowCount = 0;
    }

    private static boolean hasLeft(SimulationState s, int v, int d) {
        return s.status[v] == SimulationState.FINISHED || s.drivable[v] != d;
    }

    /** Insertion sort by (drivable, position descending); a step has few entrants. */
    private static void sortEntrants(SimulationState s) {
        int[] e = s.entrants;
        for (int i = 1; i < s.entrantCount; i++) {
            int v = e[i];
            int j = i - 1;
            while (j >= 0 && before(s, v, e[j])) {
                e[j + 1] = e[j];
                j--;
            }
            e[j + 1] = v;
        }
    }

    private static boolean before(SimulationState s, int a, int b) {
        if (s.drivable[a] != s.drivable[b]) {
            return s.drivable[a] < s.drivable[b];
        }
        return s.pos_m[a] > s.pos_m[b];
    }
}
