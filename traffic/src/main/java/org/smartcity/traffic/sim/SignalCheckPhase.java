package org.smartcity.traffic.sim;

import org.smartcity.traffic.network.LinkControl;

/**
 * Caps speeds for what happens at intersections (reads step t, lowers {@code nextSpeed_mps}):
 *
 * <ul>
 *   <li>a vehicle within its look-ahead distance of the stop line stops before it when its next lane
 *       link is red or yellow, or when the lane it leads to is jammed at its start (spillback), unless
 *       it is already too close to stop with its maximum deceleration;
 *   <li>turning vehicles slow to the turn speed on the approach;
 *   <li>at each conflict point ahead on its lane link a vehicle yields, stopping a few metres short,
 *       to the foe that has priority: the one that cannot stop any more, else straight over left over
 *       right, else the one that gets there first; a cycle of vehicles yielding to each other is broken
 *       by letting the vehicle go.
 * </ul>
 */
final class SignalCheckPhase implements StepPhase {
    /** How far before the stop line a driver on a minor link sees the crossing road (SUMO's default), m. */
    static final double VISIBILITY_M = 4.5;
    /** A halt this close to the stop line counts as having stopped at it, m. */
    static final double STOP_LINE_TOLERANCE_M = 3.0;
    /** Steps a vehicle that must yield wants between its own passage and the foe's arrival (SUMO model). */
    static final int MINOR_GAP_STEPS = 1;
    /** Slack SUMO keeps below a stopping distance, m. */
    static final double SUMO_EPS_M = 0.001;

    private final ConflictNoticePhase notices;

    SignalCheckPhase(ConflictNoticePhase notices) {
        this.notices = notices;
    }

    @Override
    public String name() {
        return "signal-check";
    }

    @Override
    public void run(SimulationState s) {
        Drivables drv = s.drivables;
        DrivableQueues q = s.onDrivable;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int n = q.size(d);
            if (n == 0) {
                continue;
            }
            if (drv.isLaneLink(d)) {
                for (int i = 0; i < n; i++) {
                    int v = q.get(d, i);
                    yieldAtConflicts(s, v, d, s.pos_m[v]);
                    if (s.sumo) {
                        stopForRedAhead(s, v, s.pathIndex[v] + 1, drv.length_m[d] - s.pos_m[v]);
                    }
                }
                continue;
            }
            double length = drv.length_m[d];
            for (int i = 0; i < n; i++) {
                int v = q.get(d, i);
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
                if (s.sumo && !drv.isLaneLink(link)) {
                    // a lane change is still to be made: wait for a gap at the end of this lane
                    if (remaining <= 0) {
                        s.nextSpeed_mps[v] = 0;
                    } else if (canStopWithin(s, v, remaining)) {
                        s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], stopSpeed(s, v, remaining));
                    }
                    continue;
                }
                boolean mustStop = !s.signals.isGreen(drv.roadLink[link])
                        || !canEnter(s, drv.endLane[link], v)
                        || (s.sumo
                                && (drv.control[link] == LinkControl.STOP || s.signals.haltsFirst(drv.roadLink[link]))
                                && !haltedAtLine(s, v, d, remaining));
                if (mustStop && canStopWithin(s, v, remaining)) {
                    s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], stopSpeed(s, v, remaining));
                    continue;
                }
                if (s.sumo) {
                    stopForRedAhead(s, v, k + 1, remaining + drv.length_m[link]);
                    approachLink(s, v, link, remaining);
                } else if (drv.turning[link]) {
                    s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], SimulationState.TURN_SPEED_MPS);
                }
                yieldAtConflicts(s, v, link, -remaining);
            }
        }
    }

    /**
     * SUMO model: a driver sees the signals of the links beyond the next one while they are within its
     * look-ahead distance (SUMO plans its speed over every link ahead within its braking reach, not only
     * the next), and stops at the stop line of the first red or yellow one it can still stop for. Before
     * this, a vehicle crossing a junction at speed onto a short road saw that road's red light only once on
     * it and ran it. Where the red line leaves no room for the whole vehicle after the last junction it
     * would cross (short roads between clustered junctions), it waits before that junction instead.
     * {@code j} is the path index of the lane after the next link, {@code distance} the way to that lane's
     * start.
     */
    private static void stopForRedAhead(SimulationState s, int v, int j, double distance) {
        Drivables drv = s.drivables;
        int[] p = s.path[v];
        double lookAhead = s.lookAhead_m(v);
        // the stop line of the nearest junction before which the vehicle fits whole (keep clear)
        double clearLine = -1;
        double room = 0;
        boolean first = true;
        while (j < p.length && distance <= lookAhead) {
            int lane = p[j];
            if (drv.isLaneLink(lane)) {
                return; // not expected: a lane follows every link
            }
            int linkBefore = p[j - 1];
            if (first || s.conflicts.byLink[linkBefore - drv.laneCount].length > 0) {
                // the next junction (as canEnter: it does not drive into a junction it cannot leave) or a
                // later one with foes: the vehicle would rather wait before it than inside it
                double line = distance - drv.length_m[linkBefore];
                if (line > 0) {
                    clearLine = line;
                    room = 0;
                }
            }
            first = false;
            // parallel lanes of a lane change share the road's length: count the last of them
            while (j + 1 < p.length && !drv.isLaneLink(p[j + 1])) {
                lane = p[++j];
            }
            distance += drv.length_m[lane];
            room += drv.length_m[lane];
            if (j + 1 >= p.length || distance > lookAhead) {
                return;
            }
            int link = p[j + 1];
            if (!s.signals.isGreen(drv.roadLink[link])) {
                double stopAt = distance;
                if (room < s.length_m[v] + s.minGap_m[v] && clearLine > 0 && canStopWithin(s, v, clearLine)) {
                    stopAt = clearLine; // waiting at the red line would leave its back inside a junction
                }
                if (canStopWithin(s, v, stopAt)) {
                    s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], stopSpeed(s, v, stopAt));
                }
                return;
            }
            distance += drv.length_m[link];
            room += drv.length_m[link];
            j += 2;
        }
    }

    /**
     * Whether vehicle {@code v} can still stop within {@code distance}: in the SUMO model as SUMO decides
     * it at a red or yellow light, braking by its {@code decel · dt} every step (its Euler update);
     * otherwise braking continuously at its maximum deceleration.
     */
    static boolean canStopWithin(SimulationState s, int v, double distance) {
        double speed = s.speed_mps[v];
        if (s.sumo) {
            return VehicleDynamics.stepwiseBrakingDistance(speed, s.usualNegAcc[v], s.dt) <= distance;
        }
        return VehicleDynamics.brakingDistance(speed, s.maxNegAcc[v]) <= distance;
    }

    /**
     * Speed for the next step that stops {@code v} within {@code distance}. SUMO model: Krauss's safe
     * speed towards a standing obstacle, reacting within one step (SUMO's stop speed), which holds
     * under the Euler update; CityFlow model: accelerate while a comfortable stop is still possible.
     */
    static double stopSpeed(SimulationState s, int v, double distance) {
        if (s.sumo) {
            // SUMO keeps a little slack (its NUMERICAL_EPS) so that the stop is not missed by rounding
            return VehicleDynamics.kraussSafeSpeed(
                    distance - SUMO_EPS_M, 0, s.usualNegAcc[v], s.usualNegAcc[v], s.dt, s.dt);
        }
        return VehicleDynamics.stopBeforeSpeed(s.speed_mps[v], s.usualPosAcc[v], s.usualNegAcc[v], distance, s.dt);
    }

    /**
     * SUMO model: slows a vehicle {@code remaining} metres before {@code link} so that it reaches the
     * link no faster than the link's own limit allows it, and on a minor link so that it could still
     * stop at the line once it sees the crossing road ({@link #VISIBILITY_M} before it).
     */
    private static void approachLink(SimulationState s, int v, int link, double remaining) {
        double decel = s.usualNegAcc[v];
        double cap = VehicleDynamics.approachSpeed(s.speed_mps[v], decel, remaining, s.allowedSpeed_mps(v, link), s.dt);
        if (s.drivables.control[link] == LinkControl.MINOR && remaining > VISIBILITY_M) {
            cap = Math.min(
                    cap,
                    VehicleDynamics.approachSpeed(
                            s.speed_mps[v],
                            decel,
                            remaining - VISIBILITY_M,
                            Math.sqrt(2 * decel * VISIBILITY_M),
                            s.dt));
        }
        s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], cap);
    }

    /** True once the vehicle has come to a halt at the stop line of lane {@code lane} (stop signs); records it. */
    private static boolean haltedAtLine(SimulationState s, int v, int lane, double remaining) {
        if (s.haltedAtLine[v] == lane) {
            return true;
        }
        if (remaining <= STOP_LINE_TOLERANCE_M && s.speed_mps[v] <= SimulationState.STOPPED_SPEED_MPS) {
            s.haltedAtLine[v] = lane;
            return true;
        }
        return false;
    }

    /**
     * A lane can be entered unless its last vehicle is slow and still within two car lengths of its
     * start (CityFlow), or, in the SUMO model, too close to its start to leave room for the vehicle.
     */
    private static boolean canEnter(SimulationState s, int lane, int v) {
        if (s.onDrivable.isEmpty(lane)) {
            return true;
        }
        int tail = s.onDrivable.last(lane);
        if (s.sumo) {
            // SUMO: a vehicle does not drive into a junction it cannot leave; the lane after it must
            // hold it whole behind the last vehicle, unless that one is moving on
            return s.pos_m[tail] - s.length_m[tail] >= s.length_m[v] + s.minGap_m[v]
                    || s.speed_mps[tail] >= SimulationState.JAMMED_SPEED_MPS;
        }
        return s.pos_m[tail] > s.length_m[tail] + s.length_m[v]
                || s.speed_mps[tail] >= SimulationState.JAMMED_SPEED_MPS;
    }

    /** @param fromLinkStart_m position relative to the start of {@code link} (negative before it) */
    private void yieldAtConflicts(SimulationState s, int v, int link, double fromLinkStart_m) {
        ConflictPoints cp = s.conflicts;
        for (int c : cp.byLink[link - s.drivables.laneCount]) {
            double at = cp.distanceOn(c, link);
            if (at < fromLinkStart_m) {
                continue;
            }
            int foeLink = cp.otherLink(c, link);
            notices.noticeOnce(s, foeLink);
            int foe = s.conflictVehicle(c, cp.sideOf(c, foeLink));
            if (foe >= 0 && foe != v && !canPass(s, v, link, c, foe, at - fromLinkStart_m)) {
                double stop;
                if (s.sumo
                        && fromLinkStart_m <= 0
                        && !s.drivables.waitsInside[link]
                        && canStopWithin(s, v, -fromLinkStart_m)) {
                    // SUMO: without an internal waiting position the vehicle that must yield waits at the line
                    stop = stopSpeed(s, v, -fromLinkStart_m);
                } else {
                    // SUMO: a link with an internal junction waits there (its declared waiting
                    // position), not a fixed distance before each conflict point beyond it
                    double waitAt = s.drivables.waitingPosition_m[link];
                    double before = waitAt <= at && waitAt >= fromLinkStart_m
                            ? waitAt - fromLinkStart_m
                            : Math.max(0, at - fromLinkStart_m - SimulationState.YIELD_DISTANCE_M);
                    stop = VehicleDynamics.stopBeforeSpeed(
                            s.speed_mps[v], s.usualPosAcc[v], s.usualNegAcc[v], before, s.dt);
                }
                s.nextSpeed_mps[v] = Math.min(s.nextSpeed_mps[v], stop);
                s.nextBlocker[v] = foe;
                return;
            }
        }
    }

    private static boolean canPass(SimulationState s, int v, int link, int c, int foe, double d1) {
        ConflictPoints cp = s.conflicts;
        int foeLink = cp.otherLink(c, link);
        double d2 = s.conflictDistance_m[2 * c + cp.sideOf(c, foeLink)];
        if (!canYield(s, v, d1)) {
            return true;
        }
        boolean pass;
        if (!canYield(s, foe, d2)) {
            pass = false;
        } else {
            int mine;
            int theirs;
            byte declared = cp.declaredYield[c];
            if (declared != ConflictPoints.UNDECLARED) {
                boolean iYield = declared == cp.sideOf(c, link);
                mine = iYield ? 0 : 1;
                theirs = iYield ? 1 : 0;
            } else {
                mine = cp.linkPriority[link - s.drivables.laneCount];
                theirs = cp.linkPriority[foeLink - s.drivables.laneCount];
            }
            if (d2 <= 0) {
                pass = mine > theirs || d2 + s.length_m[foe] < 0;
            } else if (mine > theirs) {
                pass = true;
            } else {
                int foeSteps = reachSteps(s, foe, d2, foeLink);
                int mySteps = reachSteps(s, v, d1, link);
                if (mine < theirs && s.sumo) {
                    // a minor link goes only with a time gap before the foe arrives (SUMO's 1 s)
                    pass = foeSteps > mySteps + MINOR_GAP_STEPS;
                } else if (mine < theirs || foeSteps != mySteps) {
                    pass = foeSteps > mySteps;
                } else if (s.enterLaneLinkStep[v] != s.enterLaneLinkStep[foe]) {
                    pass = s.enterLaneLinkStep[v] < s.enterLaneLinkStep[foe];
                } else if (d1 != d2) {
                    pass = d1 < d2;
                } else {
                    pass = s.priority[v] > s.priority[foe];
                }
            }
        }
        return pass || blockedInCycle(s, foe);
    }

    private static boolean canYield(SimulationState s, int v, double distance) {
        return (distance > 0
                        && VehicleDynamics.brakingDistance(s.speed_mps[v], s.maxNegAcc[v])
                                < distance - SimulationState.YIELD_DISTANCE_M)
                || (distance < 0 && distance + s.length_m[v] < 0);
    }

    /** True when following who blocks whom from {@code foe} runs into a cycle (a deadlock to break). */
    private static boolean blockedInCycle(SimulationState s, int foe) {
        int slow = foe;
        int fast = foe;
        while (fast >= 0 && s.blocker[fast] >= 0) {
            slow = s.blocker[slow];
            fast = s.blocker[s.blocker[fast]];
            if (slow == fast) {
                return true;
            }
        }
        return false;
    }

    /** Steps vehicle {@code v} needs to cover {@code distance} accelerating comfortably towards its link's speed. */
    private static int reachSteps(SimulationState s, int v, double distance, int link) {
        if (distance <= 0) {
            return 0;
        }
        double dt = s.dt;
        double speed = s.speed_mps[v];
        double target = s.drivables.turning[link] ? SimulationState.TURN_SPEED_MPS : s.maxSpeed[v];
        if (speed > target) {
            return (int) Math.ceil(distance / speed / dt);
        }
        double acc = s.usualPosAcc[v];
        double untilTarget = 0;
        if (target > speed) {
            int stage1Steps = (int) Math.floor((target - speed) / acc / dt);
            double stage1Speed = speed + stage1Steps * acc * dt;
            untilTarget = (speed + stage1Speed) * stage1Steps * dt / 2
                    + (stage1Speed < target ? (stage1Speed + target) * dt / 2 : 0);
        }
        if (untilTarget > distance) {
            return (int) Math.ceil((Math.sqrt(speed * speed + 2 * acc * distance) - speed) / acc / dt);
        }
        return (int) Math.ceil((target - speed) / acc / dt) + (int) Math.ceil((distance - untilTarget) / target / dt);
    }
}
