package org.smartcity.traffic.signal;

/**
 * A controller's choice for one intersection: run {@code phase} (an index into the intersection's
 * signal plan) for {@code duration_s} seconds of green, after which the controller is asked again.
 * When the phase differs from the running one, the protocol may run a clearance phase first, taken
 * out of this duration.
 */
public record PhaseDecision(int phase, double duration_s) {
    public PhaseDecision {
        if (phase < 0) {
            throw new IllegalArgumentException("phase must be >= 0, got " + phase);
        }
        if (!(duration_s > 0) || !Double.isFinite(duration_s)) {
            throw new IllegalArgumentException(
                    "decision duration must be a positive number of seconds, got " + duration_s);
        }
    }
}
