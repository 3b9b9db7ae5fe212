package org.smartcity.traffic.sumo;

import java.util.Arrays;
import org.smartcity.traffic.sim.Simulation;

/**
 * Per-trip figures as SUMO's trip info reports them, for a side-by-side comparison: a trip's duration
 * runs from entering the network to arriving (time spent waiting to enter is not in it, as SUMO
 * keeps it apart as depart delay), and its time loss is the time lost against the speed the vehicle
 * may drive while driving ({@code 1 - speed / allowed} per step, {@link Simulation#allowedSpeed_mps}).
 * Averages cover arrived trips only. Observe one simulation; not thread-safe.
 */
public final class TripStatistics implements Simulation.StepObserver {
    private final int[] firstSeenStep;
    private final int[] lastSeenStep;
    private final double[] timeLoss_s;
    private final boolean[] counted;
    /** Vehicles seen in the last call, and in this one: only they can have arrived since. */
    private int[] seenBefore;

    private int seenBeforeCount;
    private int[] seenNow;
    private int seenNowCount;
    /** Beside {@link #seenNow}: each vehicle's {@code max(0, 1 - speed / allowed)} this step. */
    private final double[] lossShare;

    private final int[] arrivedNow;
    private int arrived;
    private double durationSum_s;
    private double timeLossSum_s;

    public TripStatistics(Simulation simulation) {
        int n = simulation.plannedVehicles();
        firstSeenStep = new int[n];
        lastSeenStep = new int[n];
        timeLoss_s = new double[n];
        counted = new boolean[n];
        seenBefore = new int[n];
        seenNow = new int[n];
        lossShare = new double[n];
        arrivedNow = new int[n];
        Arrays.fill(firstSeenStep, -1);
    }

    @Override
    public void afterStep(Simulation simulation) {
        int step = simulation.stepCount();
        double dt = simulation.step_s();
        // one pass over the running vehicles in whatever order the simulation holds them: each
        // vehicle's own sums do not depend on the order
        seenNowCount = simulation.runningVehicles(seenNow, lossShare);
        for (int i = 0; i < seenNowCount; i++) {
            int v = seenNow[i];
            if (firstSeenStep[v] < 0) {
                firstSeenStep[v] = step - 1;
            }
            lastSeenStep[v] = step;
            timeLoss_s[v] += lossShare[i] * dt;
        }
        // seen last step, not this one: arrived during this step; booked in vehicle order so that the
        // sums are the same whatever order the vehicles were visited in
        int arrivals = 0;
        for (int i = 0; i < seenBeforeCount; i++) {
            int v = seenBefore[i];
            if (!counted[v] && lastSeenStep[v] == step - 1) {
                arrivedNow[arrivals++] = v;
            }
        }
        Arrays.sort(arrivedNow, 0, arrivals);
        for (int i = 0; i < arrivals; i++) {
            int v = arrivedNow[i];
            counted[v] = true;
            arrived++;
            durationSum_s += (step - 1 - firstSeenStep[v]) * dt;
            timeLossSum_s += timeLoss_s[v];
        }
        int[] swap = seenBefore;
        seenBefore = seenNow;
        seenBeforeCount = seenNowCount;
        seenNow = swap;
    }

    /** Trips that arrived. */
    public int arrived() {
        return arrived;
    }

    /** Mean duration of arrived trips in seconds (0 when none arrived). */
    public double meanDuration_s() {
        return arrived == 0 ? 0 : durationSum_s / arrived;
    }

    /** Mean time loss of arrived trips in seconds (0 when none arrived). */
    public double meanTimeLoss_s() {
        return arrived == 0 ? 0 : timeLossSum_s / arrived;
    }
}
