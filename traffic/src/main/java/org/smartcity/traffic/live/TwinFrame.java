package org.smartcity.traffic.live;

import java.util.List;

/**
 * The state of a live twin at one step, compact for streaming: per-lane arrays in lane-id order and
 * per-signal arrays in the order of {@link NetworkGeometry#signals()}. Built on the simulation thread
 * and never changed afterwards; readers must not modify the arrays.
 *
 * @param publishedAt_ms wall-clock time the frame was built, milliseconds since the epoch (for latency)
 * @param step steps run since the start
 * @param time_s simulated time
 * @param status running, paused or finished (end of the horizon reached)
 * @param targetSpeed the pace asked for: simulated seconds per wall-clock second, 0 = as fast as possible
 * @param achievedSpeed the pace measured since the previous frame (0 while paused)
 * @param laneVehicles vehicles on each lane
 * @param laneSpeed_mps mean speed on each lane, rounded to 0.1 m/s; -1 on an empty lane
 * @param laneQueue stopped vehicles on each lane
 * @param phases phase shown by each signal
 * @param controllers controller of each signal, as a position in {@link NetworkGeometry#controllerNames()}
 * @param signalThroughput vehicles that crossed the stop lines of each signal in the last complete
 *     simulated minute
 * @param kpi network figures
 * @param alarms incident alarms: standing ones (newest first), then recently cleared ones
 * @param incidents incidents injected by operators that block a lane now
 * @param ambulance the ambulance dispatched last (driving, or arrived with its result); null when none
 *     was dispatched
 * @param demandRound which pass of the demand is being released: 1 until the first repetition, then 2, 3, …
 * @param demandPeriod_s every how many simulated seconds the demand starts again; 0 when it is not repeated (the
 *     twin then finishes at its horizon)
 */
public record TwinFrame(
        long publishedAt_ms,
        long step,
        double time_s,
        Status status,
        double targetSpeed,
        double achievedSpeed,
        int[] laneVehicles,
        float[] laneSpeed_mps,
        int[] laneQueue,
        int[] phases,
        int[] controllers,
        int[] signalThroughput,
        TwinKpi kpi,
        List<TwinAlarm> alarms,
        List<TwinIncident> incidents,
        TwinAmbulance ambulance,
        int demandRound,
        double demandPeriod_s) {

    /** Whether the twin advances on its own. */
    public enum Status {
        RUNNING,
        PAUSED,
        FINISHED
    }
}
