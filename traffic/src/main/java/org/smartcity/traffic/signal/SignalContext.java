package org.smartcity.traffic.signal;

/**
 * What a controller knows when it is asked for a decision. Immutable.
 *
 * @param time_s simulation (or wall-clock) time of the decision
 * @param currentPhase the phase whose green runs now (or is about to, after a clearance), -1 before
 *     the first decision
 * @param currentGreen_s how long that phase has been green so far (0 before the first decision)
 * @param mustChange true when the phase has reached the protocol's maximum green: the controller must
 *     choose another phase (the runner enforces it if it does not)
 * @param readings detector readings at this time
 */
public record SignalContext(
        double time_s, int currentPhase, double currentGreen_s, boolean mustChange, LaneReadings readings) {

    /** A context with no green elapsed and no forced change. */
    public static SignalContext of(double time_s, int currentPhase, LaneReadings readings) {
        return new SignalContext(time_s, currentPhase, 0, false, readings);
    }
}
