package org.smartcity.traffic.emergency;

import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.sim.Simulation;

/**
 * Time lost by every vehicle but one during a time window, in vehicle-seconds: a running vehicle
 * loses {@code (1 - speed / allowed) · step} per step, a vehicle waiting to enter the whole step (the
 * simulation's own delay definition). The allowed speed is the lane's limit capped at {@code
 * maxSpeed_mps}, and {@code maxSpeed_mps} on lane links. Used to see the delay pre-emption causes
 * around the ambulance's trip, undiluted by the rest of the hour. Not thread-safe.
 */
public final class TimeLossMeter implements Simulation.StepObserver {
    private final RoadNetwork network;
    private final int excluded;
    private final double from_s;
    private final java.util.List<double[]> perStep = new java.util.ArrayList<>();
    private final double maxSpeed_mps;
    private final double excludedDeparture_s;
    private boolean excludedSeen;

    /**
     * @param excluded vehicle id not counted (the ambulance), or -1
     * @param excludedDeparture_s its departure: from then until it is first seen running it waits to
     *     enter, and that wait is not counted either
     * @param from_s start of the window (steps starting at or after it count)
     */
    public TimeLossMeter(
            RoadNetwork network, int excluded, double excludedDeparture_s, double from_s, double maxSpeed_mps) {
        this.network = network;
        this.excluded = excluded;
        this.excludedDeparture_s = excludedDeparture_s;
        this.from_s = from_s;
        this.maxSpeed_mps = maxSpeed_mps;
    }

    @Override
    public void afterStep(Simulation simulation) {
        double dt = simulation.step_s();
        double stepStart = simulation.time_s() - dt;
        if (stepStart + 1e-9 < from_s) {
            return;
        }
        double[] lost = {0};
        boolean[] excludedRunning = {false};
        simulation.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
            if (v == excluded) {
                excludedRunning[0] = true;
                return;
            }
            double allowed = onLink ? maxSpeed_mps : Math.min(maxSpeed_mps, network.laneMaxSpeed_mps(drivable));
            lost[0] += Math.max(0, 1 - speed / allowed) * dt;
        });
        excludedSeen |= excludedRunning[0];
        int waiting = simulation.summary().waitingToEnter();
        if (excluded >= 0 && !excludedSeen && stepStart + 1e-9 >= excludedDeparture_s) {
            waiting--; // the excluded vehicle is still in its entry queue
        }
        perStep.add(new double[] {stepStart, lost[0] + Math.max(0, waiting) * dt});
    }

    /** Vehicle-seconds lost by the steps that started in [from, {@code to_s}). */
    public double lost_s(double to_s) {
        double sum = 0;
        for (double[] step : perStep) {
            if (step[0] < to_s - 1e-9) {
                sum += step[1];
            }
        }
        return sum;
    }
}
