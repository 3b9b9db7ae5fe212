package org.smartcity.traffic.signal;

/**
 * Cycles through the candidate phases (1→2→3→4 on CityFlow roadnets), one decision window each,
 * whatever the traffic. The research baseline "FixedTime".
 */
public final class FixedCycleController implements SignalController {
    private final int[] phases;
    private final double window_s;
    private int position = -1;

    public FixedCycleController(IntersectionLayout layout, SignalProtocol protocol) {
        this.phases = CandidatePhases.of(layout, protocol);
        this.window_s = CandidatePhases.window_s(protocol);
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        position = (position + 1) % phases.length;
        return new PhaseDecision(phases[position], window_s);
    }
}
