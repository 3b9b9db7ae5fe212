package org.smartcity.traffic.sim;

/**
 * For each conflict point, finds the vehicle on each of its two lane links that matters: the last
 * vehicle that came off the link onto its end lane until its rear clears the point, the vehicles on
 * the link (each one watches the points between it and the vehicle ahead, and a passed point until
 * its rear clears it), and, when the link is green, the first vehicle on the start lane heading for
 * it. Reads state t only.
 *
 * <p>The phase itself only starts a new step's notices; a lane link's notices are worked out on
 * demand, the first time a vehicle asks about one of its conflict points in the step (see {@link
 * #noticeOnce}), so links nobody approaches cost nothing.
 */
final class ConflictNoticePhase implements StepPhase {
    private int[] noticedStep = new int[0];

    @Override
    public String name() {
        return "conflicts";
    }

    @Override
    public void run(SimulationState s) {
        if (noticedStep.length != s.drivables.count) {
            noticedStep = new int[s.drivables.count];
        }
    }

    /** Makes sure the notices of lane-link drivable {@code link} are worked out for this step. */
    void noticeOnce(SimulationState s, int link) {
        int mark = s.step + 1;
        if (noticedStep[link] != mark) {
            noticedStep[link] = mark;
            notice(s, link);
        }
    }

    private static void notice(SimulationState s, int link) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        ConflictPoints cp = s.conflicts;
        int[] points = cp.byLink[link - drv.laneCount];
        int r = points.length - 1;
        double linkLength = drv.length_m[link];

        int endLane = drv.endLane[link];
        if (!q.isEmpty(endLane)) {
            int v = q.last(endLane);
            if (s.pathIndex[v] > 0 && s.path[v][s.pathIndex[v] - 1] == link) {
                double rear = s.pos_m[v] - s.length_m[v];
                while (r >= 0) {
                    int c = points[r];
                    double behindEnd = linkLength - cp.distanceOn(c, link);
                    if (behindEnd + rear < 0) {
                        s.notifyConflict(c, cp.sideOf(c, link), v, -(s.pos_m[v] + behindEnd));
                        r--;
                    } else {
                        break;
                    }
                }
            }
        }
        int onLink = q.size(link);
        for (int i = 0; i < onLink; i++) {
            int v = q.get(link, i);
            double front = s.pos_m[v];
            while (r >= 0) {
                int c = points[r];
                double at = cp.distanceOn(c, link);
                if (front > at && front - at - s.length_m[v] > 0) {
                    break;
                }
                s.notifyConflict(c, cp.sideOf(c, link), v, at - front);
                r--;
            }
        }
        int startLane = drv.startLane[link];
        if (r >= 0 && !q.isEmpty(startLane) && s.signals.isGreen(drv.roadLink[link])) {
            int v = q.first(startLane);
            int k = s.pathIndex[v] + 1;
            if (k < s.path[v].length && s.path[v][k] == link) {
                double toStart = drv.length_m[startLane] - s.pos_m[v];
                while (r >= 0) {
                    int c = points[r];
                    int side = cp.sideOf(c, link);
                    if (side != 1 || !cp.side1OnlyInside[c]) {
                        // SUMO: some internal-junction foes count only once inside the junction
                        s.notifyConflict(c, side, v, toStart + cp.distanceOn(c, link));
                    }
                    r--;
                }
            }
        }
    }
}
