package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.TurnType;

/**
 * A coordinated arterial green wave. Every intersection runs the same cycle of {@link Config#cycle_s}
 * with four slots: corridor through, corridor left, cross through, cross left (each axis gets half the
 * cycle, of which {@link Config#leftTurnShare} goes to its left turns). The corridor through green of
 * an intersection starts {@code offset} seconds into the common cycle, where {@code offset} is the
 * intersection's position along the corridor divided by the progression speed (modulo the cycle, to
 * the whole second): the free-flow travel time over the links from the corridor's origin. A platoon
 * released by the corridor green of one signal thus reaches the next one as its corridor green starts
 * (progression towards increasing coordinates: eastbound on an east–west corridor, northbound on a
 * north–south one).
 *
 * <p>The corridor is, with {@link Corridor#AUTO}, the axis with more incoming lanes at the
 * intersection, east–west on a tie (so a regular grid coordinates its east–west arterials); it can be
 * fixed with {@link Config#corridor}. Approaches are assigned to the nearer axis from their heading as
 * they arrive. Phases are recognised from their movements (straight or left turns from approaches of
 * one axis); a slot whose phase is missing gives its time to the through slot of its axis. A left-turn
 * slot with no vehicle within {@link Config#callRange_m} of its stop lines is skipped: the preceding
 * through phase keeps the green, so the coordination points do not move.
 *
 * <p>Under free phase lengths every slot lasts at least the protocol's clearance plus minimum green
 * (which may lengthen the cycle); under a fixed window (CityFlow protocol) slots are rounded to whole
 * windows and each window runs the slot that holds its middle, so offsets act to the nearest window.
 */
public final class GreenWaveController implements SignalController {
    private static final double EPS = 1e-6;
    /** Used when the intersection's approaches carry no speed limit. */
    private static final double FALLBACK_SPEED_MPS = 11.111;

    /** How the corridor axis is chosen. */
    public enum Corridor {
        /** The axis with more incoming lanes, east–west on a tie. */
        AUTO,
        EAST_WEST,
        NORTH_SOUTH
    }

    /**
     * Parameters of the green wave; defaults in {@link #DEFAULT}.
     *
     * @param cycle_s the common cycle of every intersection (s); default 90 s, the shortest that gives
     *     each of the four slots its 5 s clearance and 10 s minimum green under the practitioner protocol
     *     with through slots twice as long as left-turn slots
     * @param leftTurnShare share of each axis's half cycle given to its left-turn slot, in [0, 1);
     *     default 1/3 (30 s through, 15 s left of a 90 s cycle)
     * @param progressionSpeedFactor progression speed as a fraction of the corridor approaches' speed
     *     limit; default 1.0 (the platoon's start-up loss is common to every signal downstream and
     *     does not shift the offsets)
     * @param corridor which axis is coordinated; default {@link Corridor#AUTO}
     * @param callRange_m a left-turn slot runs only when its lanes hold a vehicle within this distance
     *     of the stop line (m); default 150 m
     */
    public record Config(
            double cycle_s,
            double leftTurnShare,
            double progressionSpeedFactor,
            Corridor corridor,
            double callRange_m) {
        public static final Config DEFAULT = new Config(90, 1.0 / 3, 1.0, Corridor.AUTO, 150);

        public Config {
            if (!(cycle_s > 0) || !Double.isFinite(cycle_s)) {
                throw new IllegalArgumentException("cycle must be a positive number of seconds, got " + cycle_s);
            }
            if (!(leftTurnShare >= 0 && leftTurnShare < 1)) {
                throw new IllegalArgumentException("left-turn share must be in [0, 1), got " + leftTurnShare);
            }
            if (!(progressionSpeedFactor > 0) || !Double.isFinite(progressionSpeedFactor)) {
                throw new IllegalArgumentException("progression speed factor must be positive");
            }
            if (corridor == null || !(callRange_m > 0)) {
                throw new IllegalArgumentException("corridor must be given and the call range positive");
            }
        }
    }

    /** One part of the cycle: a candidate phase (index into the candidates), its length, a left slot? */
    private record Slot(int candidate, double length_s, boolean left) {}

    private final Config config;
    private final PhaseLanes phases;
    private final List<Slot> slots;
    private final double cycle_s;
    private final double offset_s;
    private final boolean eastWest;
    private final boolean fixedWindow;
    private final double window_s;
    private final double minSlot_s;

    public GreenWaveController(IntersectionLayout layout, SignalProtocol protocol) {
        this(layout, protocol, Config.DEFAULT);
    }

    public GreenWaveController(IntersectionLayout layout, SignalProtocol protocol, Config config) {
        this.config = config;
        this.phases = PhaseLanes.of(layout, CandidatePhases.of(layout, protocol));
        this.fixedWindow = protocol.hasFixedWindow();
        this.window_s = CandidatePhases.window_s(protocol);
        double clearance = protocol.clearancePhase() >= 0 ? protocol.clearance_s() : 0;
        this.minSlot_s = clearance + Math.max(protocol.minGreen_s(), 1);
        this.eastWest = corridorIsEastWest(layout, config.corridor());
        this.slots = slots(layout);
        double total = 0;
        for (Slot s : slots) {
            total += s.length_s();
        }
        this.cycle_s = total;
        double position_m = eastWest ? layout.point().x_m() : layout.point().y_m();
        // whole seconds, so decisions at whole simulation steps fall on slot boundaries
        this.offset_s = Math.floorMod(Math.round(position_m / progressionSpeed_mps(layout)), Math.round(cycle_s));
    }

    private static boolean corridorIsEastWest(IntersectionLayout layout, Corridor corridor) {
        if (corridor != Corridor.AUTO) {
            return corridor == Corridor.EAST_WEST;
        }
        int ew = 0;
        int ns = 0;
        for (IntersectionLayout.Approach a : layout.approaches()) {
            if (a.isEastWest()) {
                ew += a.lanes().length;
            } else {
                ns += a.lanes().length;
            }
        }
        return ew >= ns;
    }

    private double progressionSpeed_mps(IntersectionLayout layout) {
        double sum = 0;
        int n = 0;
        double all = 0;
        int nAll = 0;
        for (IntersectionLayout.Approach a : layout.approaches()) {
            if (a.maxSpeed_mps() > 0) {
                all += a.maxSpeed_mps();
                nAll++;
                if (a.isEastWest() == eastWest) {
                    sum += a.maxSpeed_mps();
                    n++;
                }
            }
        }
        double speed = n > 0 ? sum / n : nAll > 0 ? all / nAll : FALLBACK_SPEED_MPS;
        return speed * config.progressionSpeedFactor();
    }

    /** The cycle's slots in order; roles whose phase is missing give their time to their axis. */
    private List<Slot> slots(IntersectionLayout layout) {
        double half = config.cycle_s() / 2;
        // roles: corridor through, corridor left, cross through, cross left
        boolean[] roleEastWest = {eastWest, eastWest, !eastWest, !eastWest};
        TurnType[] roleTurn = {TurnType.STRAIGHT, TurnType.LEFT, TurnType.STRAIGHT, TurnType.LEFT};
        double[] roleLength = {
            half * (1 - config.leftTurnShare()), half * config.leftTurnShare(),
            half * (1 - config.leftTurnShare()), half * config.leftTurnShare()
        };
        int[] roleCandidate = new int[4];
        boolean[] used = new boolean[phases.size()];
        for (int r = 0; r < 4; r++) {
            roleCandidate[r] = bestCandidate(layout, roleEastWest[r], roleTurn[r], used);
            if (roleCandidate[r] >= 0) {
                used[roleCandidate[r]] = true;
            }
        }
        // a missing left slot goes to its through slot; a missing axis goes to the other axis
        for (int axis = 0; axis < 2; axis++) {
            int through = 2 * axis;
            int left = through + 1;
            if (roleCandidate[left] < 0 || roleLength[left] <= 0) {
                roleLength[through] += roleLength[left];
                roleLength[left] = 0;
                roleCandidate[left] = -1;
            }
            if (roleCandidate[through] < 0) {
                roleLength[left] += roleLength[through];
                roleLength[through] = 0;
            }
        }
        List<Slot> result = new ArrayList<>();
        double orphan = 0;
        for (int r = 0; r < 4; r++) {
            if (roleCandidate[r] >= 0 && roleLength[r] > 0) {
                result.add(new Slot(roleCandidate[r], roleLength[r], r % 2 == 1));
            } else {
                orphan += roleLength[r];
            }
        }
        if (result.isEmpty()) {
            // no recognisable through or left phases: a coordinated cycle of the candidates
            for (int k = 0; k < phases.size(); k++) {
                result.add(new Slot(k, config.cycle_s() / phases.size(), false));
            }
        } else if (orphan > 0) {
            Slot first = result.get(0);
            result.set(0, new Slot(first.candidate(), first.length_s() + orphan, first.left()));
        }
        List<Slot> sized = new ArrayList<>();
        for (Slot s : result) {
            double length = Math.max(s.length_s(), minSlot_s);
            if (fixedWindow) {
                length = window_s * Math.max(1, Math.round(length / window_s));
            }
            sized.add(new Slot(s.candidate(), length, s.left()));
        }
        return List.copyOf(sized);
    }

    /**
     * The unused candidate whose own movements best match a role: most movements of the role's turn
     * from approaches on the role's axis, less those that do not; -1 when none matches at all.
     */
    private int bestCandidate(IntersectionLayout layout, boolean axisEastWest, TurnType turn, boolean[] used) {
        int best = -1;
        int bestScore = 0;
        for (int k = 0; k < phases.size(); k++) {
            if (used[k]) {
                continue;
            }
            int matches = 0;
            int others = 0;
            for (int m : phases.movements(k)) {
                int a = layout.approachOf(m);
                boolean axisMatch = a >= 0 && layout.approaches().get(a).isEastWest() == axisEastWest;
                if (axisMatch && layout.movements().get(m).turn() == turn) {
                    matches++;
                } else {
                    others++;
                }
            }
            int score = matches - others;
            if (matches > 0 && (best < 0 || score > bestScore)) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        LaneReadings readings = context.readings();
        int current = context.currentPhase();
        double u = Math.floorMod(Math.round(1000 * (context.time_s() - offset_s)), Math.round(1000 * cycle_s)) / 1000.0;
        if (fixedWindow) {
            int s = slotAt(u + window_s / 2);
            int phase = phaseOf(s, readings, current);
            if (context.mustChange() && phase == current) {
                phase = nextDifferent(s, current, readings);
            }
            return new PhaseDecision(phase, window_s);
        }
        int s = slotAt(u);
        double remaining = slotEnd(s) - u;
        if (remaining < EPS) {
            s = (s + 1) % slots.size();
            remaining = slots.get(s).length_s();
        }
        int phase = phaseOf(s, readings, current);
        if (context.mustChange() && phase == current) {
            return new PhaseDecision(nextDifferent(s, current, readings), remaining);
        }
        if (current >= 0 && phase != current && !context.mustChange() && 2 * remaining + EPS < minSlot_s) {
            // less than half a clearance and minimum green left of this slot (a late decision): hold
            // the running phase until the next slot starts, so the cycle stays on its offsets
            return new PhaseDecision(current, remaining);
        }
        return new PhaseDecision(phase, remaining);
    }

    private int slotAt(double u) {
        double w = Math.floorMod(Math.round(1000 * u), Math.round(1000 * cycle_s)) / 1000.0;
        double end = 0;
        for (int s = 0; s < slots.size(); s++) {
            end += slots.get(s).length_s();
            if (w + EPS < end) {
                return s;
            }
        }
        return slots.size() - 1;
    }

    private double slotEnd(int s) {
        double end = 0;
        for (int i = 0; i <= s; i++) {
            end += slots.get(i).length_s();
        }
        return end;
    }

    /** The phase slot s runs: its own, or the preceding slot's when it is a left slot nobody calls. */
    private int phaseOf(int s, LaneReadings readings, int current) {
        Slot slot = slots.get(s);
        if (slot.left() && phases.vehicles(slot.candidate(), readings, config.callRange_m()) == 0) {
            Slot before = slots.get(Math.floorMod(s - 1, slots.size()));
            return phases.phase(before.candidate());
        }
        return phases.phase(slot.candidate());
    }

    /** The first phase of a later slot that differs from {@code current}, for a forced change. */
    private int nextDifferent(int s, int current, LaneReadings readings) {
        for (int step = 1; step <= slots.size(); step++) {
            int phase = phases.phase(slots.get((s + step) % slots.size()).candidate());
            if (phase != current) {
                return phase;
            }
        }
        return current;
    }

    /** This intersection's offset: when its corridor through green starts in the common cycle (s). */
    double offset_s() {
        return offset_s;
    }

    /** The common cycle after rounding slots to the protocol (s). */
    double cycle_s() {
        return cycle_s;
    }

    /** True when the corridor is east–west at this intersection. */
    boolean corridorIsEastWest() {
        return eastWest;
    }
}
