package org.smartcity.traffic.signal;

/**
 * Decides the signal phases of one intersection from detector readings only. One instance per
 * intersection, called on the simulation thread; it may keep state between calls. Safety rules
 * (clearance, minimum and maximum green, decision times) are not its concern: {@link SignalRunner}
 * enforces them for every controller alike.
 */
public interface SignalController {

    /**
     * Chooses the phase to run next and for how long before asking again (protocols with a fixed
     * decision window ignore the duration).
     */
    PhaseDecision decide(SignalContext context);
}
