package org.smartcity.traffic.emergency;

import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.sim.Simulation;

/**
 * Follows one vehicle (the ambulance) through a simulation after every step: where it is on its
 * route, its travel time once it arrives and its time lost against the allowed speed, counted as
 * the simulation's own delay metric counts it (waiting to enter loses the whole step). Register it
 * as an observer before anything that reads it. Not thread-safe.
 */
public final class AmbulanceTracker implements Simulation.StepObserver {
    private final RoadNetwork network;
    private final int vehicle;
    private final int[] route;
    private final double departure_s;
    private final double maxSpeed_mps;
    private boolean running;
    private boolean arrived;
    private int routeIndex;
    private boolean onLaneLink;
    private int laneOrLink;
    private double pos_m;
    private double arrival_s = Double.NaN;
    private double entered_s = Double.NaN;
    private double timeLoss_s;

    /**
     * @param vehicle the ambulance's vehicle id in the simulation
     * @param route its roads in driving order
     * @param departure_s when it departs (joins its first lane's entry queue)
     * @param maxSpeed_mps its own top speed
     */
    public AmbulanceTracker(RoadNetwork network, int vehicle, int[] route, double departure_s, double maxSpeed_mps) {
        this.network = network;
        this.vehicle = vehicle;
        this.route = route.clone();
        this.departure_s = departure_s;
        this.maxSpeed_mps = maxSpeed_mps;
    }

    @Override
    public void afterStep(Simulation simulation) {
        if (arrived) {
            return;
        }
        double stepStart = simulation.time_s() - simulation.step_s();
        if (stepStart + 1e-9 < departure_s) {
            return;
        }
        boolean[] seen = {false};
        simulation.forEachRunningVehicle((v, drivable, link, pos, speed_mps) -> {
            if (v != vehicle) {
                return;
            }
            seen[0] = true;
            onLaneLink = link;
            laneOrLink = drivable;
            pos_m = pos;
            int road = link ? network.roadLinkFromRoad(network.laneLinkRoadLink(drivable)) : network.laneRoad(drivable);
            while (routeIndex < route.length - 1 && route[routeIndex] != road) {
                routeIndex++;
            }
            double allowed = link ? maxSpeed_mps : Math.min(maxSpeed_mps, network.laneMaxSpeed_mps(drivable));
            timeLoss_s += Math.max(0, 1 - speed_mps / allowed) * simulation.step_s();
        });
        if (seen[0]) {
            if (!running && Double.isNaN(entered_s)) {
                entered_s = stepStart;
            }
            running = true;
        } else if (running) {
            running = false;
            arrived = true;
            arrival_s = stepStart;
        } else {
            timeLoss_s += simulation.step_s(); // still waiting to enter its first lane
        }
    }

    /** True while the ambulance drives on the network. */
    public boolean isRunning() {
        return running;
    }

    public boolean hasArrived() {
        return arrived;
    }

    /** Index in the route of the road it is on (or, on a lane link, the road it is leaving). */
    public int routeIndex() {
        return routeIndex;
    }

    public boolean onLaneLink() {
        return onLaneLink;
    }

    /** Its lane id, or its lane link id when {@link #onLaneLink()}. */
    public int laneOrLaneLink() {
        return laneOrLink;
    }

    /** Its position from the start of its lane or lane link, in metres. */
    public double pos_m() {
        return pos_m;
    }

    /** Travel time from departure to arrival in seconds; NaN before it arrives. */
    public double travelTime_s() {
        return arrival_s - departure_s;
    }

    /**
     * Time from departure until it entered its first lane, in seconds: its wait in the entry queue at
     * the edge of the network behind vehicles that could not enter yet; NaN before it enters.
     */
    public double entryWait_s() {
        return entered_s - departure_s;
    }

    /** Time it has lost so far against the allowed speed, in seconds. */
    public double timeLoss_s() {
        return timeLoss_s;
    }

    int[] route() {
        return route.clone();
    }
}
