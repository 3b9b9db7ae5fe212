package org.smartcity.traffic.signal;

import java.util.List;

/**
 * MaxPressure (Varaiya 2013, as in the CityFlow benchmarks): picks the candidate phase with the
 * largest pressure, the sum over its movements of waiting vehicles on the movement's incoming lanes
 * minus the mean waiting on its outgoing lanes. Movements that every candidate phase lets go (the
 * permitted right turns of CityFlow roadnets) add the same to every phase and are left out, so that
 * rounding cannot decide between phases of equal pressure; ties go to the lower phase index.
 */
public final class MaxPressureController implements SignalController {
    private final IntersectionLayout layout;
    private final int[] phases;
    private final double window_s;
    private final double range_m;
    private final boolean[] counted;

    public MaxPressureController(IntersectionLayout layout, SignalProtocol protocol) {
        this(layout, protocol, Double.POSITIVE_INFINITY);
    }

    /** @param range_m detector range upstream of the stop line and downstream of the lane start */
    public MaxPressureController(IntersectionLayout layout, SignalProtocol protocol, double range_m) {
        this.layout = layout;
        this.phases = CandidatePhases.of(layout, protocol);
        this.window_s = CandidatePhases.window_s(protocol);
        this.range_m = range_m;
        this.counted = new boolean[layout.movements().size()];
        for (int m = 0; m < counted.length; m++) {
            for (int phase : phases) {
                boolean inPhase = false;
                for (int k : layout.movementsOf(phase)) {
                    inPhase |= k == m;
                }
                counted[m] |= !inPhase;
            }
        }
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        LaneReadings readings = context.readings();
        List<IntersectionLayout.Movement> movements = layout.movements();
        double[] pressure = new double[movements.size()];
        for (int m = 0; m < pressure.length; m++) {
            IntersectionLayout.Movement movement = movements.get(m);
            double in = 0;
            for (int lane : movement.incomingLanes()) {
                in += readings.waitingVehicles(lane, range_m);
            }
            double out = 0;
            for (int lane : movement.outgoingLanes()) {
                out += readings.waitingVehicles(lane, range_m);
            }
            pressure[m] = in - (movement.outgoingLanes().length == 0 ? 0 : out / movement.outgoingLanes().length);
        }
        int best = -1;
        double bestPressure = Double.NEGATIVE_INFINITY;
        for (int phase : phases) {
            if (context.mustChange() && phase == context.currentPhase() && phases.length > 1) {
                continue;
            }
            double p = 0;
            for (int m : layout.movementsOf(phase)) {
                if (counted[m]) {
                    p += pressure[m];
                }
            }
            if (p > bestPressure) {
                bestPressure = p;
                best = phase;
            }
        }
        return new PhaseDecision(best, window_s);
    }
}
