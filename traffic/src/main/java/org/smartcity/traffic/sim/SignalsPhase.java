package org.smartcity.traffic.sim;

/** Brings every signal to its state for this step; controllers see detector readings of step t only. */
final class SignalsPhase implements StepPhase {
    private final LaneDetectors detectors;

    SignalsPhase(LaneDetectors detectors) {
        this.detectors = detectors;
    }

    @Override
    public String name() {
        return "signals";
    }

    @Override
    public void run(SimulationState s) {
        s.signals.update(s.time_s(), detectors);
    }
}
