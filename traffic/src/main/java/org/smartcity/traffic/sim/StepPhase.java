package org.smartcity.traffic.sim;

/**
 * One named phase of a simulation step. Phases run in the fixed order of {@link Simulation}; compute
 * phases read the state of step t and write buffers, apply phases publish the state of step t+1.
 */
interface StepPhase {
    String name();

    void run(SimulationState state);
}
