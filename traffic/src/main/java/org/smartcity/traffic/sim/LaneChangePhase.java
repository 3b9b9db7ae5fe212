package org.smartcity.traffic.sim;

/**
 * SUMO model: strategic lane changes (apply). A vehicle whose path changes lane on its road moves to
 * the adjacent lane as soon as it fits there safely: it can follow the new leader at its present
 * speed (Krauss) and the new follower can follow it without braking harder than comfortably. A
 * vehicle that has waited {@link #SQUEEZE_AFTER_S} seconds for a gap also takes one in which the
 * follower must brake harder, as long as the cars physically fit (SUMO's drivers get pushy rather than
 * wait forever). A vehicle that fails notes the lane it wants ({@code wantsLane}), which makes the
 * followers there leave it a gap ({@link LaneChangeYieldPhase}). At most one change per vehicle per
 * step; nothing happens in the CityFlow model.
 */
final class LaneChangePhase implements StepPhase {
    /** Waiting this long for a gap makes a driver accept one that needs the follower to brake hard, s. */
    static final double SQUEEZE_AFTER_S = 20;
    /** A speed-gain change needs at least this much more speed on the other lane, m/s. */
    static final double SPEED_GAIN_MPS = 2.0;
    /** No speed-gain change this soon after the last change, s. */
    static final double CHANGE_COOLDOWN_S = 5;
    /** No speed-gain change this close to the end of the lane, m. */
    static final double NO_GAIN_CHANGE_BEFORE_END_M = 20;

    private int[] candidates = new int[64];

    @Override
    public String name() {
        return "lane-change";
    }

    @Override
    public void run(SimulationState s) {
        if (!s.sumo) {
            return;
        }
        DrivableQueues q = s.onDrivable;
        int count = 0;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            if (s.drivables.isLaneLink(d)) {
                continue;
            }
            for (int i = 0; i < q.size(d); i++) {
                int v = q.get(d, i);
                if (s.dwelling[v]) {
                    continue; // standing at a planned halt
                }
                if (count == candidates.length) {
                    candidates = java.util.Arrays.copyOf(candidates, count * 2);
                }
                candidates[count++] = v;
            }
        }
        Drivables drv = s.drivables;
        for (int c = 0; c < count; c++) {
            int v = candidates[c];
            // on a lane (the candidates are): a change is pending when the next path element is another
            // lane; on the last road of its route (no next element) a vehicle neither changes nor gains
            int[] p = s.path[v];
            int k = s.pathIndex[v] + 1;
            if (k >= p.length) {
                continue;
            }
            if (!drv.isLaneLink(p[k])) {
                tryChange(s, v);
            } else {
                trySpeedGain(s, v);
            }
        }
    }

    private static void tryChange(SimulationState s, int v) {
        int from = s.drivable[v];
        int to = s.path[v][s.pathIndex[v] + 1];
        DrivableQueues q = s.onDrivable;
        double x = s.pos_m[v];
        int index = slot(s, to, x);
        int leader = index > 0 ? q.get(to, index - 1) : -1;
        int follower = index < q.size(to) ? q.get(to, index) : -1;
        boolean pushy = s.changeWait_s[v] >= SQUEEZE_AFTER_S;
        if (fits(s, v, leader, follower, x, pushy)) {
            final int vehicle = v;
            q.retain(from, u -> u != vehicle);
            q.insertAt(to, index, v);
            s.drivable[v] = to;
            s.pathIndex[v]++;
            s.wantsLane[v] = -1;
            s.changeWait_s[v] = 0;
            s.lastChange_s[v] = s.time_s();
            return;
        }
        int u = swapPartner(s, v, from, leader, follower);
        if (u >= 0) {
            final int a = v;
            final int b = u;
            q.retain(from, w -> w != a);
            q.retain(to, w -> w != b);
            insertByPosition(s, to, v);
            insertByPosition(s, from, u);
            for (int w : new int[] {v, u}) {
                s.drivable[w] = w == v ? to : from;
                s.pathIndex[w]++;
                s.wantsLane[w] = -1;
                s.changeWait_s[w] = 0;
            }
        } else {
            if (s.wantsLane[v] == to) {
                s.changeWait_s[v] += s.dt;
            }
            s.wantsLane[v] = to;
        }
    }

    /**
     * A speed-gain change: to an adjacent lane of the same road that needs no more lane changes along
     * the route, where the driver could go at least {@link #SPEED_GAIN_MPS} faster behind the leader
     * there than behind its own, if it fits safely, and not within {@link #CHANGE_COOLDOWN_S} of its
     * last change or within {@link #NO_GAIN_CHANGE_BEFORE_END_M} of the lane end.
     */
    private static void trySpeedGain(SimulationState s, int v) {
        int from = s.drivable[v];
        Drivables drv = s.drivables;
        double x = s.pos_m[v];
        if (drv.length_m[from] - x < NO_GAIN_CHANGE_BEFORE_END_M
                || s.time_s() - s.lastChange_s[v] < CHANGE_COOLDOWN_S) {
            return;
        }
        int road = s.network.laneRoad(from);
        if (s.network.laneCount(road) < 2) {
            return; // no other lane on this road
        }
        int l = s.leader[v];
        double allowed = s.allowedSpeed_mps(v, from);
        if (l < 0 || s.speed_mps[l] >= allowed - SPEED_GAIN_MPS) {
            return; // nobody ahead holds the driver back by the gain that is worth a change
        }
        double own = Math.min(
                allowed,
                VehicleDynamics.kraussSafeSpeed(
                        s.gap_m[v] - s.minGap_m[v],
                        s.speed_mps[l],
                        s.usualNegAcc[l],
                        s.usualNegAcc[v],
                        s.headway_s[v],
                        s.dt));
        if (own >= allowed - SPEED_GAIN_MPS) {
            return;
        }
        int index = s.network.laneIndexOnRoad(from);
        int k = roadIndexInRoute(s, v);
        double needed = s.planner.changesFrom(s.flowOf[v], k, from);
        for (int side = -1; side <= 1; side += 2) {
            int other = index + side;
            if (other < 0 || other >= s.network.laneCount(road)) {
                continue;
            }
            int to = s.network.firstLane(road) + other;
            if (s.planner.changesFrom(s.flowOf[v], k, to) > needed + 1e-9) {
                continue;
            }
            DrivableQueues q = s.onDrivable;
            int at = slot(s, to, x);
            int leader = at > 0 ? q.get(to, at - 1) : -1;
            int follower = at < q.size(to) ? q.get(to, at) : -1;
            double there = s.allowedSpeed_mps(v, to);
            if (leader >= 0) {
                there = Math.min(
                        there,
                        VehicleDynamics.kraussSafeSpeed(
                                s.pos_m[leader] - s.length_m[leader] - x - s.minGap_m[v],
                                s.speed_mps[leader],
                                s.usualNegAcc[leader],
                                s.usualNegAcc[v],
                                s.headway_s[v],
                                s.dt));
            }
            if (there - own >= SPEED_GAIN_MPS && fits(s, v, leader, follower, x, false)) {
                final int vehicle = v;
                q.retain(from, u -> u != vehicle);
                q.insertAt(to, at, v);
                int[] rest = s.planner.pathFrom(s.flowOf[v], k, to);
                int[] path = java.util.Arrays.copyOf(s.path[v], s.pathIndex[v] + rest.length);
                System.arraycopy(rest, 0, path, s.pathIndex[v], rest.length);
                s.path[v] = path;
                s.drivable[v] = to;
                s.lastChange_s[v] = s.time_s();
                return;
            }
        }
    }

    /** Which road of its route the vehicle is on: the number of lane links it has passed. */
    private static int roadIndexInRoute(SimulationState s, int v) {
        int k = 0;
        for (int i = 0; i < s.pathIndex[v]; i++) {
            if (s.drivables.isLaneLink(s.path[v][i])) {
                k++;
            }
        }
        return k;
    }

    /**
     * The neighbour beside {@code v} on the target lane that wants to change onto {@code v}'s lane, so
     * that the two block each other: they swap lanes (SUMO lets such pairs swap); -1 if none.
     */
    private static int swapPartner(SimulationState s, int v, int from, int leader, int follower) {
        if (blocksSwap(s, v, from, leader)) {
            return leader;
        }
        return blocksSwap(s, v, from, follower) ? follower : -1;
    }

    /** Whether {@code u} (-1: none) wants onto {@code v}'s lane {@code from} and overlaps {@code v} within a minimum gap. */
    private static boolean blocksSwap(SimulationState s, int v, int from, int u) {
        if (u < 0 || !s.changePending(u) || s.path[u][s.pathIndex[u] + 1] != from) {
            return false;
        }
        double overlap =
                Math.min(s.pos_m[u], s.pos_m[v]) - Math.max(s.pos_m[u] - s.length_m[u], s.pos_m[v] - s.length_m[v]);
        return overlap > -Math.max(s.minGap_m[u], s.minGap_m[v]);
    }

    private static void insertByPosition(SimulationState s, int lane, int v) {
        s.onDrivable.insertAt(lane, slot(s, lane, s.pos_m[v]), v);
    }

    /**
     * Where a vehicle at {@code x} goes in {@code lane}'s queue (front first): after every vehicle at or
     * ahead of x. The vehicle before that index is its leader there, the one at it its follower.
     */
    static int slot(SimulationState s, int lane, double x) {
        DrivableQueues q = s.onDrivable;
        int index = 0;
        while (index < q.size(lane) && s.pos_m[q.get(lane, index)] >= x) {
            index++;
        }
        return index;
    }

    private static boolean fits(SimulationState s, int v, int leader, int follower, double x, boolean pushy) {
        if (leader >= 0) {
            double gap = s.pos_m[leader] - s.length_m[leader] - x;
            if (gap < (pushy ? 0.5 : s.minGap_m[v])) {
                return false;
            }
            double safe = VehicleDynamics.kraussSafeSpeed(
                    gap - s.minGap_m[v],
                    s.speed_mps[leader],
                    s.usualNegAcc[leader],
                    s.usualNegAcc[v],
                    s.headway_s[v],
                    s.dt);
            if (!pushy && s.speed_mps[v] > safe + 1e-9) {
                return false;
            }
        }
        if (follower >= 0) {
            double gap = x - s.length_m[v] - s.pos_m[follower];
            if (gap < (pushy ? 0.5 : s.minGap_m[follower])) {
                return false;
            }
            double safe = VehicleDynamics.kraussSafeSpeed(
                    gap - s.minGap_m[follower],
                    s.speed_mps[v],
                    s.usualNegAcc[v],
                    s.usualNegAcc[follower],
                    s.headway_s[follower],
                    s.dt);
            double limit = pushy ? safe + s.maxNegAcc[follower] * s.dt : safe;
            return s.speed_mps[follower] <= limit + 1e-9;
        }
        return true;
    }
}
