package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records every running vehicle's drivable, position and speed after each step (test helper). */
final class Trajectories implements Simulation.StepObserver {

    /** One observation of a vehicle after a step; {@code time_s} is the simulation time after the step. */
    record Sample(double time_s, int drivable, boolean onLaneLink, double pos_m, double speed_mps) {}

    private final Map<Integer, List<Sample>> byVehicle = new TreeMap<>();

    static Trajectories attachTo(Simulation simulation) {
        Trajectories t = new Trajectories();
        simulation.addObserver(t);
        return t;
    }

    @Override
    public void afterStep(Simulation simulation) {
        double now = simulation.time_s();
        simulation.forEachRunningVehicle((vehicle, drivable, onLaneLink, pos_m, speed_mps) -> byVehicle
                .computeIfAbsent(vehicle, v -> new ArrayList<>())
                .add(new Sample(now, drivable, onLaneLink, pos_m, speed_mps)));
    }

    List<Sample> of(int vehicle) {
        return byVehicle.getOrDefault(vehicle, List.of());
    }

    Map<Integer, List<Sample>> all() {
        return byVehicle;
    }

    /**
     * The time at which the vehicle was first seen off {@code lane} after having been on it (it crossed
     * the lane's end), or NaN if it never left it while running. A vehicle that finished its route on that
     * lane never leaves it this way.
     */
    double timeLeaving(int vehicle, int lane) {
        boolean seen = false;
        for (Sample s : of(vehicle)) {
            boolean onLane = !s.onLaneLink() && s.drivable() == lane;
            if (onLane) {
                seen = true;
            } else if (seen) {
                return s.time_s();
            }
        }
        return Double.NaN;
    }
}
