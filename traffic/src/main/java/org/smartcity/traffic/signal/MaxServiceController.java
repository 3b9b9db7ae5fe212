package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * MaxService, smartcity's own controller: a pressure controller that counts what the next window can
 * really serve. For each candidate phase it estimates, per movement, the vehicles that would cross the
 * stop line in the green the phase would actually get — the whole window when it keeps the running
 * phase, the window less the clearance when it changes — as the lesser of the demand (vehicles
 * waiting plus vehicles moving within reach of the stop line) and the saturation flow over that
 * green; it subtracts the mean queue on the movement's exit lanes, as MaxPressure does, and picks the
 * phase with the largest total. So it weighs the cost of a change (lost green) against the gain, sees
 * platoons before they stop, and does not give green to more vehicles than the green can clear.
 *
 * <p>Candidate phases: under a fixed decision window (the research protocol) the four benchmark
 * phases, as for MaxPressure; with free phase lengths every phase but the clearance phase, so a
 * single approach can get its through and left turn together. Movements every candidate phase lets go
 * are left out (they add the same to every phase).
 *
 * <p>Parameters and defaults (the same for every network; none is tuned per data set):
 *
 * <ul>
 *   <li>{@code approachRange_m} = 100: moving vehicles this close to the stop line count as demand;
 *   <li>{@code saturationFlow_vehPerS} = 0.45 vehicles per second of green per lane;
 *   <li>{@code exitWeight} = 1: weight of the mean exit-lane queue;
 *   <li>{@code maxRed_s} = 180: a movement with demand that has not had green for this long is served
 *       first (the longest-starved first), so no approach waits for ever however light its traffic.
 * </ul>
 *
 * Ties go to the lower phase index. Keeps, per movement, when it last had green; one instance per
 * intersection.
 */
public final class MaxServiceController implements SignalController {
    /** Default reach of the approach detectors, in metres. */
    public static final double APPROACH_RANGE_M = 100;
    /** Default discharge rate of one queued lane at green, in vehicles per second. */
    public static final double SATURATION_FLOW_VEH_PER_S = 0.45;
    /** Default weight of the exit-lane queue. */
    public static final double EXIT_WEIGHT = 1.0;
    /** Default longest red a movement with demand may see before it is served first, in seconds. */
    public static final double MAX_RED_S = 180;

    private final IntersectionLayout layout;
    private final int[] phases;
    private final boolean[] counted;
    private final double window_s;
    private final double changeCost_s;
    private final double approachRange_m;
    private final double saturationFlow_vehPerS;
    private final double exitWeight;
    private final double maxRed_s;
    /** Per movement: the last decision time at which it had green. */
    private final double[] lastGreen_s;

    public MaxServiceController(IntersectionLayout layout, SignalProtocol protocol) {
        this(layout, protocol, APPROACH_RANGE_M, SATURATION_FLOW_VEH_PER_S, EXIT_WEIGHT, MAX_RED_S);
    }

    public MaxServiceController(
            IntersectionLayout layout,
            SignalProtocol protocol,
            double approachRange_m,
            double saturationFlow_vehPerS,
            double exitWeight,
            double maxRed_s) {
        if (!(approachRange_m >= 0) || !(saturationFlow_vehPerS > 0) || !(exitWeight >= 0) || !(maxRed_s > 0)) {
            throw new IllegalArgumentException(
                    "approach range and exit weight must be >= 0, saturation flow and maximum red > 0");
        }
        this.maxRed_s = maxRed_s;
        this.layout = layout;
        this.phases = protocol.hasFixedWindow() ? CandidatePhases.of(layout, protocol) : allPhases(layout, protocol);
        this.window_s = CandidatePhases.window_s(protocol);
        // under a fixed window the clearance is taken out of it; with free lengths it comes before the green
        this.changeCost_s = protocol.hasFixedWindow() && protocol.clearancePhase() >= 0 ? protocol.clearance_s() : 0;
        this.approachRange_m = approachRange_m;
        this.saturationFlow_vehPerS = saturationFlow_vehPerS;
        this.exitWeight = exitWeight;
        this.lastGreen_s = new double[layout.movements().size()];
        this.counted = new boolean[layout.movements().size()];
        for (int m = 0; m < counted.length; m++) {
            for (int phase : phases) {
                counted[m] |= !contains(layout.movementsOf(phase), m);
            }
        }
    }

    private static int[] allPhases(IntersectionLayout layout, SignalProtocol protocol) {
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < layout.phaseCount(); p++) {
            if (p != protocol.clearancePhase() && layout.movementsOf(p).length > 0) {
                all.add(p);
            }
        }
        return all.isEmpty()
                ? CandidatePhases.of(layout, protocol)
                : all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        LaneReadings readings = context.readings();
        List<IntersectionLayout.Movement> movements = layout.movements();
        double[] demand = new double[movements.size()];
        double[] exitQueue = new double[movements.size()];
        for (int m = 0; m < demand.length; m++) {
            if (!counted[m]) {
                continue;
            }
            IntersectionLayout.Movement movement = movements.get(m);
            for (int lane : movement.incomingLanes()) {
                demand[m] += readings.waitingVehicles(lane, Double.POSITIVE_INFINITY)
                        + readings.vehicles(lane, approachRange_m)
                        - readings.waitingVehicles(lane, approachRange_m);
            }
            for (int lane : movement.outgoingLanes()) {
                exitQueue[m] += readings.waitingVehicles(lane, Double.POSITIVE_INFINITY);
            }
            exitQueue[m] /= Math.max(1, movement.outgoingLanes().length);
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        if (context.currentPhase() >= 0) {
            for (int m : layout.movementsOf(context.currentPhase())) {
                lastGreen_s[m] = context.time_s();
            }
        }
        boolean starving = false;
        for (int m = 0; m < demand.length; m++) {
            starving |= counted[m] && demand[m] > 0 && context.time_s() - lastGreen_s[m] > maxRed_s;
        }
        for (int phase : phases) {
            boolean keeps = phase == context.currentPhase() || context.currentPhase() < 0;
            if (context.mustChange() && phase == context.currentPhase() && phases.length > 1) {
                continue;
            }
            double green_s = keeps ? window_s : window_s - changeCost_s;
            double score = 0;
            if (starving) {
                for (int m : layout.movementsOf(phase)) {
                    if (counted[m] && demand[m] > 0 && context.time_s() - lastGreen_s[m] > maxRed_s) {
                        score += 1000 + (context.time_s() - lastGreen_s[m]);
                    }
                }
            }
            for (int m : layout.movementsOf(phase)) {
                if (counted[m]) {
                    double capacity =
                            saturationFlow_vehPerS * green_s * movements.get(m).incomingLanes().length;
                    score += Math.min(demand[m], capacity) - exitWeight * exitQueue[m];
                }
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = phase;
            }
        }
        return new PhaseDecision(best, window_s);
    }
}
