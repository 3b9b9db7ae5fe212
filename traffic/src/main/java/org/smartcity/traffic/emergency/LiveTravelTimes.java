package org.smartcity.traffic.emergency;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private final List<ArrayDeque<double[]>> done; // per road: {end time, duration}

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
        this.done = new ArrayList<>(network.roadCount());
        for (int r = 0; r < network.roadCount(); r++) {
            done.add(new ArrayDeque<>());
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
                    done.get(road[v]).addLast(new double[] {now, now - enteredAt_s[v]});
                }
                road[v] = r;
                enteredAt_s[v] = now;
            }
        });
    }

    /** Live travel time of every road now, in seconds, indexed by road id; {@code simulation} is the observed one. */
    public double[] roadTimes_s(Simulation simulation) {
        double now_s = simulation.time_s();
        double[] sum = new double[done.size()];
        int[] count = new int[done.size()];
        for (int r = 0; r < done.size(); r++) {
            while (!done.get(r).isEmpty() && done.get(r).peekFirst()[0] < now_s - window_s) {
                done.get(r).removeFirst();
            }
            for (double[] d : done.get(r)) {
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
        double[] t = new double[done.size()];
        for (int r = 0; r < t.length; r++) {
            t[r] = count[r] == 0 ? freeFlow_s[r] : Math.max(freeFlow_s[r], sum[r] / count[r]);
        }
        return t;
    }
}
