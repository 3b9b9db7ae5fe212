package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.LaneReadings;
import org.smartcity.traffic.signal.SignalRunner;

/**
 * A microscopic traffic simulation of one network and demand. Each {@link #step()} advances time by
 * one step and runs, in this order:
 *
 * <ol>
 *   <li>{@code signals} — signals take their state for the step (controllers decide on readings);
 *   <li>{@code insert} — due vehicles depart; one per lane may enter from its entry queue;
 *   <li>{@code leaders} — each vehicle finds its leader and gap, across drivables, and its wanted speed
 *       from own limits and leader (car following; compute);
 *   <li>{@code conflicts} — each conflict point inside intersections notes the vehicles that matter;
 *   <li>{@code signal-check} — stop for red, yellow and spillback; slow for turns; yield at conflict
 *       points (compute);
 *   <li>{@code lane-blocks} — stop behind obstacles of injected incidents ({@link LaneBlock}; compute);
 *   <li>{@code halts} — vehicles with planned halts (SUMO's stops, e.g. buses at bus stops) stop and
 *       dwell there (compute);
 *   <li>{@code lane-change-yield} — SUMO model only: followers leave room for vehicles waiting to
 *       change into their lane (compute);
 *   <li>{@code move} — SUMO model: drivers' imperfection first lowers each wanted speed (dawdling);
 *       then speeds and positions advance, crossing into lane links and lanes (apply);
 *   <li>{@code leave} — drivable queues updated, finished vehicles booked (apply);
 *   <li>{@code lane-change} — SUMO model only: strategic lane changes where they fit (apply);
 *   <li>{@code teleport} — SUMO model only: a vehicle stuck 300 s at the front of a lane jumps ahead
 *       along its route, as SUMO resolves jams (apply);
 *   <li>{@code log} — metrics and time series.
 * </ol>
 *
 * The run is deterministic: the same network, demand, controller and seed give the same result.
 * Not thread-safe; drive it from one thread.
 */
public final class Simulation {
    private final SimulationState state;
    private final MetricsPhase metrics;
    private final LaneDetectors detectors;
    private final LaneBlockPhase laneBlocks;
    private final List<StepPhase> phases;
    private final long[] phaseNanos;
    private final List<StepObserver> observers = new ArrayList<>();
    /** Scratch of {@link #forEachRunningVehicle}: the occupied drivables, sorted. */
    private int[] visitOrder = new int[16];

    /** Called after every step with the simulation; must not step it. */
    @FunctionalInterface
    public interface StepObserver {
        void afterStep(Simulation simulation);
    }

    public Simulation(RoadNetwork network, Demand demand, SignalRunner signals, SimulationConfig config) {
        this.state = new SimulationState(network, demand, signals, config);
        this.metrics = new MetricsPhase(config.seriesInterval_s());
        this.detectors = new LaneDetectors(state);
        ConflictNoticePhase notices = new ConflictNoticePhase();
        this.laneBlocks = new LaneBlockPhase();
        this.phases = List.of(
                new SignalsPhase(detectors),
                new InsertPhase(),
                new LeaderPhase(),
                notices,
                new SignalCheckPhase(notices),
                laneBlocks,
                new HaltPhase(),
                new LaneChangeYieldPhase(),
                new MovePhase(),
                new LeavePhase(),
                new LaneChangePhase(),
                new TeleportPhase(),
                metrics);
        this.phaseNanos = new long[phases.size()];
    }

    public void addObserver(StepObserver observer) {
        observers.add(observer);
    }

    /**
     * Injects an incident: the lane is blocked at a position for a time span (ground truth for
     * incident detection). Blocks may be added at any time before they start.
     *
     * @throws IllegalArgumentException when the lane or position is not in the network
     */
    public void blockLane(LaneBlock block) {
        laneBlocks.add(block, state);
    }

    /** The incidents injected so far, in the order they were added. */
    public List<LaneBlock> laneBlocks() {
        return laneBlocks.blocks();
    }

    /**
     * Calls in one more vehicle while the simulation runs (an ambulance dispatched by an operator): a
     * vehicle of {@code type} on {@code route} departs at the start of the next step, {@link
     * #time_s()}, ahead of the vehicles due then, and joins its first lane's entry queue as any other.
     * Call between steps. {@link #plannedVehicles()} grows by one, so observers that keep per-vehicle
     * arrays must check it. Runs without dispatches are unchanged.
     *
     * @param route road ids in driving order, each joined to the next by a road link with lanes
     * @return the vehicle's id
     * @throws IllegalArgumentException for an empty route, an unknown road or roads not joined
     */
    public int dispatch(VehicleType type, int[] route) {
        RoadNetwork network = state.network;
        for (int k = 0; k < route.length; k++) {
            if (route[k] < 0 || route[k] >= network.roadCount()) {
                throw new IllegalArgumentException("route: no road with id " + route[k]);
            }
            if (k > 0) {
                int link = network.roadLinkBetween(route[k - 1], route[k]);
                if (link < 0 || network.laneLinksOf(link).length == 0) {
                    throw new IllegalArgumentException("route: road '" + network.roadId(route[k - 1])
                            + "' does not lead to '" + network.roadId(route[k]) + "'");
                }
            }
        }
        double now = state.time_s();
        return state.dispatch(new Flow(type, route, 1.0, now, now));
    }

    /**
     * Adds every flow of {@code more} to the running demand, e.g. the same demand again shifted by a period so that
     * a live twin keeps running past its horizon. Vehicles due before {@link #time_s()} depart at the next step.
     * {@link #plannedVehicles()} grows by their count (observers keeping per-vehicle arrays must check it). Call
     * between steps. Runs that never call it are unchanged.
     */
    public void addDemand(Demand more) {
        state.appendFlows(more.flows());
    }

    /** The behaviour model this run uses. */
    public SimulationModel model() {
        return state.model;
    }

    /**
     * The speed a running vehicle may drive where it is now, in m/s: its own top speed or the speed
     * limit times its driver's speed factor (SUMO's notion, against which it loses time). On a lane
     * link without a limit of its own (CityFlow's), the limit of the lane it leads to.
     */
    public double allowedSpeed_mps(int vehicle) {
        int d = state.drivable[vehicle];
        Drivables drv = state.drivables;
        if (drv.isLaneLink(d) && drv.maxSpeed_mps[d] >= Drivables.LANE_LINK_MAX_SPEED_MPS) {
            d = drv.endLane[d];
        }
        return state.allowedSpeed_mps(vehicle, d);
    }

    /** Length of a departed vehicle in metres (what a loop detector's occupancy depends on). */
    public double vehicleLength_m(int vehicle) {
        return state.length_m[vehicle];
    }

    /** Advances the simulation by one step. */
    public void step() {
        for (int i = 0; i < phases.size(); i++) {
            long start = System.nanoTime();
            phases.get(i).run(state);
            phaseNanos[i] += System.nanoTime() - start;
        }
        state.step++;
        for (StepObserver o : observers) {
            o.afterStep(this);
        }
    }

    /** Runs {@code steps} steps. */
    public void run(int steps) {
        for (int i = 0; i < steps; i++) {
            step();
        }
    }

    /** Simulated time at the start of the next step, in seconds. */
    public double time_s() {
        return state.time_s();
    }

    public int stepCount() {
        return state.step;
    }

    public double step_s() {
        return state.dt;
    }

    public RoadNetwork network() {
        return state.network;
    }

    public SignalRunner signals() {
        return state.signals;
    }

    /** Detector readings of the current state (what controllers see). */
    public LaneReadings readings() {
        return detectors;
    }

    /** Vehicles taken out of a jam and put further along their route so far (SUMO model; 0 otherwise). */
    public int teleportCount() {
        return state.teleports;
    }

    /** Vehicles that completed their route so far; cheap, unlike {@link #summary()}. */
    public int finishedCount() {
        return state.finished;
    }

    /** Mean travel time of the vehicles that finished so far (0 when none did), in seconds; cheap. */
    public double averageFinishedTravelTime_s() {
        return state.finished == 0 ? 0 : state.finishedTravelTime_s / state.finished;
    }

    public SimulationSummary summary() {
        double now = state.time_s();
        int departed = state.departed;
        return new SimulationSummary(
                now,
                departed,
                state.finished,
                state.running,
                state.waitingToEnter,
                MetricsPhase.averageTravelTime(state, now),
                metrics.averageApproachTime(state),
                departed == 0 ? 0 : metrics.timeLoss_s / departed,
                metrics.laneSteps == 0 ? 0 : (double) metrics.queuedLaneSteps / metrics.laneSteps,
                metrics.maxQueue,
                departed == 0 ? 0 : (double) metrics.stops / departed,
                state.maxWait_s,
                maxEntryWait(now));
    }

    /** Longest entry wait so far, counting vehicles still waiting (the front of each entry queue waited longest). */
    private double maxEntryWait(double now) {
        double longest = state.maxEntryWait_s;
        DrivableQueues entry = state.entryQueue;
        for (int i = 0; i < entry.occupiedCount(); i++) {
            longest = Math.max(longest, now - state.enterTime_s[entry.first(entry.occupied(i))]);
        }
        return longest;
    }

    /**
     * Time-series rows, one per series interval: time_s, running, waitingToEnter, finished,
     * meanSpeed_mps, stopped, averageTravelTime_s.
     */
    public List<double[]> series() {
        return List.copyOf(metrics.series);
    }

    public static List<String> seriesColumns() {
        return List.of(
                "time_s", "running", "waitingToEnter", "finished", "meanSpeed_mps", "stopped", "averageTravelTime_s");
    }

    /** Names of the step phases, in execution order. */
    public List<String> phaseNames() {
        return phases.stream().map(StepPhase::name).toList();
    }

    /** Wall time spent in each phase so far, in nanoseconds, in the order of {@link #phaseNames()}. */
    public long[] phaseNanos() {
        return phaseNanos.clone();
    }

    /** Number of vehicles the demand will release over the whole run, with those dispatched so far. */
    public int plannedVehicles() {
        return state.capacity;
    }

    /** Calls {@code visitor} for every running vehicle, drivable by drivable, front first. */
    public void forEachRunningVehicle(VehicleVisitor visitor) {
        DrivableQueues q = state.onDrivable;
        Drivables drv = state.drivables;
        int occupied = q.occupiedCount();
        if (occupied * 8 < drv.count) {
            // few occupied drivables (most of a large network empty): visit just those, in id order
            if (visitOrder.length < occupied) {
                visitOrder = new int[Math.max(occupied, 2 * visitOrder.length)];
            }
            for (int i = 0; i < occupied; i++) {
                visitOrder[i] = q.occupied(i);
            }
            java.util.Arrays.sort(visitOrder, 0, occupied);
            for (int i = 0; i < occupied; i++) {
                visitDrivable(visitOrder[i], visitor);
            }
        } else {
            for (int d = 0; d < drv.count; d++) {
                if (!q.isEmpty(d)) {
                    visitDrivable(d, visitor);
                }
            }
        }
    }

    /**
     * Writes the ids of the running vehicles into {@code into} in no particular order and returns how
     * many there are: for per-vehicle sums whose order does not matter, cheaper than {@link
     * #forEachRunningVehicle} (no sorting, no call per vehicle). {@code into} must have room for
     * {@link #plannedVehicles()} ids.
     */
    public int runningVehicles(int[] into) {
        DrivableQueues q = state.onDrivable;
        int count = 0;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            for (int i = 0, n = q.size(d); i < n; i++) {
                into[count++] = q.get(d, i);
            }
        }
        return count;
    }

    /**
     * As {@link #runningVehicles(int[])}, and writes beside each vehicle's id the share of the speed it may
     * drive that it is not driving: {@code max(0, 1 - speed / allowed)} with {@link #allowedSpeed_mps}, the same
     * double as computed from those two calls (time loss per second, SUMO's definition; 0 while it stands at a
     * planned halt, as SUMO counts no time loss at a reached stop). One pass, no call per
     * vehicle. Both arrays must have room for {@link #plannedVehicles()} entries.
     */
    public int runningVehicles(int[] into, double[] lossShare) {
        DrivableQueues q = state.onDrivable;
        Drivables drv = state.drivables;
        double[] speeds = state.speed_mps;
        double[] maxSpeed = state.maxSpeed;
        double[] speedFactor = state.speedFactor;
        int count = 0;
        for (int o = 0; o < q.occupiedCount(); o++) {
            int d = q.occupied(o);
            int limitOn = d;
            if (drv.isLaneLink(d) && drv.maxSpeed_mps[d] >= Drivables.LANE_LINK_MAX_SPEED_MPS) {
                limitOn = drv.endLane[d];
            }
            double limit = drv.maxSpeed_mps[limitOn];
            for (int i = 0, n = q.size(d); i < n; i++) {
                int v = q.get(d, i);
                double allowed = Math.min(maxSpeed[v], limit * speedFactor[v]);
                lossShare[count] = state.dwelling[v] ? 0 : Math.max(0, 1 - speeds[v] / allowed);
                into[count++] = v;
            }
        }
        return count;
    }

    /** Speed of a running vehicle in m/s, as {@link #forEachRunningVehicle} reports it. */
    public double speed_mps(int vehicle) {
        return state.speed_mps[vehicle];
    }

    private void visitDrivable(int d, VehicleVisitor visitor) {
        DrivableQueues q = state.onDrivable;
        boolean onLink = state.drivables.isLaneLink(d);
        int id = onLink ? d - state.drivables.laneCount : d;
        for (int i = 0; i < q.size(d); i++) {
            int v = q.get(d, i);
            visitor.visit(v, id, onLink, state.pos_m[v], state.speed_mps[v]);
        }
    }

    /** Receives one running vehicle: its id, lane or lane-link id, position from its start and speed. */
    @FunctionalInterface
    public interface VehicleVisitor {
        void visit(int vehicle, int laneOrLaneLink, boolean onLaneLink, double pos_m, double speed_mps);
    }
}
