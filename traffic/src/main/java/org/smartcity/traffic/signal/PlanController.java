package org.smartcity.traffic.signal;

/**
 * Runs the intersection's own plan from the roadnet: every phase in turn, each for its planned
 * duration; phases of zero duration are skipped. The first decision joins the cycle where the plan
 * stands then, counted from the plan's start ({@link IntersectionLayout#planStart_s()}, SUMO's
 * offset); a plan starting at 0 begins with its first phase. Needs no readings.
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
        if (context.currentPhase() < 0 && layout.planStart_s() != 0) {
            return joinCycle(context.time_s());
        }
        int next = context.currentPhase();
        for (int tries = 0; tries < layout.phaseCount(); tries++) {
            next = (next + 1) % layout.phaseCount();
            if (layout.phase(next).duration_s() > 0) {
                return new PhaseDecision(next, layout.phase(next).duration_s());
            }
        }
        throw new IllegalStateException("intersection '" + layout.id() + "' has only phases of zero duration");
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
