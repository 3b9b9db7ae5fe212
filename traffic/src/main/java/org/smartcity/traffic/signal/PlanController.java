package org.smartcity.traffic.signal;

import org.smartcity.traffic.network.PhaseActuation;
import org.smartcity.traffic.network.SignalPhase;

/**
 * Runs the intersection's own plan from the roadnet: every phase in turn, each for its planned
 * duration; phases of zero duration are skipped. The first decision joins the cycle where the plan
 * stands then, counted from the plan's start ({@link IntersectionLayout#planStart_s()}, SUMO's
 * offset); a plan starting at 0 begins with its first phase. Fixed plans need no readings.
 *
 * <p>Phases of an actuated program ({@link SignalPhase#actuation()}) run as SUMO runs them: the green
 * lasts its minimum, then is extended while one of its loops ({@link ActuationLoops}) saw a vehicle
 * less than {@code max-gap} ago (each extension lets that vehicle reach the stop line: {@code
 * detector-gap} minus the gap, at least 1 s), and ends at its maximum.
 */
public final class PlanController implements SignalController {
    private static final double EPS = 1e-9;

    private final IntersectionLayout layout;

    public PlanController(IntersectionLayout layout) {
        if (layout.phaseCount() == 0) {
            throw new IllegalArgumentException("intersection '" + layout.id() + "' has no signal plan");
        }
        this.layout = layout;
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        if (context.currentPhase() < 0 && layout.planStart_s() != 0) {
            return joinCycle(context.time_s());
        }
        int current = context.currentPhase();
        if (current >= 0 && layout.phase(current).actuation() != null) {
            PhaseDecision extension = extension(current, context);
            if (extension != null) {
                return extension;
            }
        }
        int next = current;
        for (int tries = 0; tries < layout.phaseCount(); tries++) {
            next = (next + 1) % layout.phaseCount();
            SignalPhase phase = layout.phase(next);
            if (phase.actuation() != null) {
                return new PhaseDecision(next, Math.max(phase.actuation().minDuration_s(), MIN_EXTENSION_S));
            }
            if (phase.duration_s() > 0) {
                return new PhaseDecision(next, phase.duration_s());
            }
        }
        throw new IllegalStateException("intersection '" + layout.id() + "' has only phases of zero duration");
    }

    /** Shortest extension of an actuated green, s (SUMO's one-step minimum). */
    private static final double MIN_EXTENSION_S = 1;

    /** More green for actuated phase {@code phase}, or null when it gaps or maxes out. */
    private PhaseDecision extension(int phase, SignalContext context) {
        PhaseActuation a = layout.phase(phase).actuation();
        double green = context.currentGreen_s();
        if (green + EPS >= a.maxDuration_s()) {
            return null;
        }
        if (green + EPS < a.minDuration_s()) {
            return new PhaseDecision(phase, a.minDuration_s() - green);
        }
        double gap = layout.actuationLoops().gap_s(phase, context.readings(), a.maxGap_s());
        if (gap == Double.POSITIVE_INFINITY) {
            return null;
        }
        double more = Math.max(MIN_EXTENSION_S, Math.ceil(a.detectorGap_s() - gap - EPS));
        return new PhaseDecision(phase, Math.min(more, a.maxDuration_s() - green));
    }

    /** The phase the plan shows at {@code time_s} and the time left in it. */
    private PhaseDecision joinCycle(double time_s) {
        double cycle = 0;
        for (int p = 0; p < layout.phaseCount(); p++) {
            cycle += layout.phase(p).duration_s();
        }
        if (!(cycle > 0)) {
            throw new IllegalStateException("intersection '" + layout.id() + "' has only phases of zero duration");
        }
        double position = ((time_s - layout.planStart_s()) % cycle + cycle) % cycle;
        for (int p = 0; p < layout.phaseCount(); p++) {
            double duration = layout.phase(p).duration_s();
            if (position < duration) {
                return new PhaseDecision(p, duration - position);
            }
            position -= duration;
        }
        return new PhaseDecision(
                layout.phaseCount() - 1, layout.phase(layout.phaseCount() - 1).duration_s());
    }
}
