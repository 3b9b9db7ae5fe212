package org.smartcity.traffic.signal;

/**
 * Runs the intersection's own plan from the roadnet: every phase in turn, each for its planned
 * duration; phases of zero duration are skipped. Needs no readings.
 */
public final class PlanController implements SignalController {
    private final IntersectionLayout layout;

    public PlanController(IntersectionLayout layout) {
        if (layout.phaseCount() == 0) {
            throw new IllegalArgumentException("intersection '" + layout.id() + "' has no signal plan");
        }
        this.layout = layout;
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        int next = context.currentPhase();
        for (int tries = 0; tries < layout.phaseCount(); tries++) {
            next = (next + 1) % layout.phaseCount();
            if (layout.phase(next).duration_s() > 0) {
                return new PhaseDecision(next, layout.phase(next).duration_s());
            }
        }
        throw new IllegalStateException("intersection '" + layout.id() + "' has only phases of zero duration");
    }
}
