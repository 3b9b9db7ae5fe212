package org.smartcity.traffic.signal;

/**
 * Requests for signal priority that {@link SignalRunner} honours above the controllers: while an
 * intersection has a request, the runner shows the requested phase (after the protocol's clearance
 * phase, and after the running phase's minimum green) and holds it; when the request ends, the
 * intersection's controller is asked at once and normal control resumes. Used for emergency-vehicle
 * pre-emption. Called on the simulation thread once per signalised intersection and step.
 */
@FunctionalInterface
public interface PriorityRequests {
    /** No requests ever: the runner behaves exactly as without priority. */
    PriorityRequests NONE = (intersection, time_s) -> -1;

    /**
     * The phase requested at {@code intersection} for the step starting at {@code time_s}, as an index
     * into its signal plan, or -1 for no request.
     */
    int requestedPhase(int intersection, double time_s);
}
