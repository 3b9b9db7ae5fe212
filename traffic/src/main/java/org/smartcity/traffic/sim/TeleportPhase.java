package org.smartcity.traffic.sim;

/**
 * SUMO model: jam resolution as SUMO does it by default ({@code --time-to-teleport 300}). The front
 * vehicle of a lane or lane link that has stood for {@link #TELEPORT_AFTER_S} seconds is taken out and
 * put at the start of the next lane of its route, on a later road, that has room for it; with none,
 * it arrives. Without this a gridlock in a city network would hold its vehicles for ever, while SUMO's
 * drivers get through (and their trips count). Nothing happens in the CityFlow model.
 */
final class TeleportPhase implements StepPhase {
    /** SUMO's default {@code time-to-teleport}, s. */
    static final double TELEPORT_AFTER_S = 300;

    private int[] fronts = new int[64];

    @Override
    public String name() {
        return "teleport";
    }

    @Override
    public void run(SimulationState s) {
        if (!s.sumo) {
            return;
        }
        DrivableQueues q = s.onDrivable;
        double now = s.time_s();
        int count = 0;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int v = q.first(q.occupied(o));
            double since = s.waitingSince_s[v];
            if (!Double.isNaN(since) && now - since >= TELEPORT_AFTER_S) {
                if (count == fronts.length) {
                    fronts = java.util.Arrays.copyOf(fronts, count * 2);
                }
                fronts[count++] = v;
            }
        }
        for (int i = 0; i < count; i++) {
            teleport(s, fronts[i], now);
        }
    }

    private static void teleport(SimulationState s, int v, double now) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        int from = s.drivable[v];
        int road = s.network.laneRoad(drv.isLaneLink(from) ? drv.startLane[from] : from);
        int[] p = s.path[v];
        int target = -1;
        for (int k = s.pathIndex[v] + 1; k < p.length && target < 0; k++) {
            int d = p[k];
            if (drv.isLaneLink(d) || s.network.laneRoad(d) == road || !roomAtStart(s, d, v)) {
                continue;
            }
            target = k;
        }
        final int vehicle = v;
        q.retain(from, u -> u != vehicle);
        s.teleports++;
        s.waitingSince_s[v] = Double.NaN;
        if (target < 0) {
            s.status[v] = SimulationState.FINISHED;
            s.finished++;
            s.running--;
            s.finishedTravelTime_s += now - s.enterTime_s[v];
            return;
        }
        s.pathIndex[v] = target;
        s.drivable[v] = p[target];
        s.pos_m[v] = 0;
        s.speed_mps[v] = 0;
        s.wantsLane[v] = -1;
        s.changeWait_s[v] = 0;
        q.addLast(p[target], v);
    }

    private static boolean roomAtStart(SimulationState s, int lane, int v) {
        if (s.onDrivable.isEmpty(lane)) {
            return true;
        }
        int tail = s.onDrivable.last(lane);
        return s.pos_m[tail] - s.length_m[tail] >= s.length_m[v] + s.minGap_m[v];
    }
}
