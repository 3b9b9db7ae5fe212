package org.smartcity.traffic.emergency;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.sim.Simulation;

/**
 * Measures the current travel time of every road from the running simulation, as a traffic centre
 * would from camera passages: a vehicle's time on a road runs from entering its lane to entering the
 * next road's lane (the junction included). A road's live time is the mean of the traversals that
 * ended in the last {@code window_s} seconds, together with the time so far of vehicles still on it
 * that are already slower than free flow (so a jam shows before anyone leaves it); a road nobody used
 * in the window keeps its free-flow time. Observe one simulation only; not thread-safe.
 */
public final class LiveTravelTimes implements Simulation.StepObserver {
    private final RoadNetwork network;
    private final double window_s;
    private final double[] freeFlow_s;
    private int[] road;
    private double[] enteredAt_s;
    private final ArrayDeque<double[]>[] done; // per road: {end time, duration}

    @SuppressWarnings("unchecked")
    public LiveTravelTimes(Simulation simulation, double window_s) {
        if (!(window_s > 0)) {
            throw new IllegalArgumentException("window must be positive, got " + window_s);
        }
        this.network = simulation.network();
        this.window_s = window_s;
        this.freeFlow_s = RoadRouter.freeFlowTimes_s(network);
        this.road = new int[simulation.plannedVehicles()];
        this.enteredAt_s = new double[road.length];
        Arrays.fill(road, -1);
        this.done = new ArrayDeque[network.roadCount()];
        for (int r = 0; r < done.length; r++) {
            done[r] = new ArrayDeque<>();
        }
    }

    @Override
    public void afterStep(Simulation simulation) {
        if (simulation.plannedVehicles() > road.length) { // a vehicle was dispatched
            int before = road.length;
            road = Arrays.copyOf(road, simulation.plannedVehicles());
            enteredAt_s = Arrays.copyOf(enteredAt_s, road.length);
            Arrays.fill(road, before, road.length, -1);
        }
        double now = simulation.time_s();
        simulation.forEachRunningVehicle((v, laneOrLink, onLaneLink, pos_m, speed_mps) -> {
            if (onLaneLink) {
                return;
            }
            int r = network.laneRoad(laneOrLink);
            if (road[v] != r) {
                if (road[v] >= 0) {
                    done[road[v]].addLast(new double[] {now, now - enteredAt_s[v]});
                }
                road[v] = r;
                enteredAt_s[v] = now;
            }
        });
    }

    /** Live travel time of every road now, in seconds, indexed by road id; {@code simulation} is the observed one. */
    public double[] roadTimes_s(Simulation simulation) {
        double now_s = simulation.time_s();
        double[] sum = new double[done.length];
        int[] count = new int[done.length];
        for (int r = 0; r < done.length; r++) {
            while (!done[r].isEmpty() && done[r].peekFirst()[0] < now_s - window_s) {
                done[r].removeFirst();
            }
            for (double[] d : done[r]) {
                sum[r] += d[1];
                count[r]++;
            }
        }
        simulation.forEachRunningVehicle((v, laneOrLink, onLaneLink, pos_m, speed_mps) -> {
            int r = road[v];
            if (r >= 0 && now_s - enteredAt_s[v] > freeFlow_s[r]) {
                sum[r] += now_s - enteredAt_s[v];
                count[r]++;
            }
        });
        double[] t = new double[done.length];
        for (int r = 0; r < t.length; r++) {
            t[r] = count[r] == 0 ? freeFlow_s[r] : Math.max(freeFlow_s[r], sum[r] / count[r]);
        }
        return t;
    }
}
