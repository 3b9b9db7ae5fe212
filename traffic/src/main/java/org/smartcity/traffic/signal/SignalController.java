package org.smartcity.traffic.signal;

/**
 * Decides the signal phases of one intersection from detector readings only. One instance per
 * intersection, called on the simulation thread; it may keep state between calls.
 */
public interface SignalController {

    /**
     * Chooses the phase to run next.
     *
     * @param time_s simulation time of the decision
     * @param currentPhase phase running now, or -1 before the first decision
     * @param readings detector readings of the network at this time
     */
    PhaseDecision decide(double time_s, int currentPhase, LaneReadings readings);
}
