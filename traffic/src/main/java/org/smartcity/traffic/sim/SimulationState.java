package org.smartcity.traffic.sim;

import java.util.List;
import java.util.SplittableRandom;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.SignalRunner;

/**
 * The whole mutable state of a run, as struct-of-arrays indexed by dense vehicle id (ids are given in
 * departure order). Shared by the step phases of one {@link Simulation}; not thread-safe.
 */
final class SimulationState {
    static final byte NOT_DEPARTED = 0;
    static final byte WAITING_TO_ENTER = 1;
    static final byte RUNNING = 2;
    static final byte FINISHED = 3;

    /** Vehicles turning through an intersection slow to this speed on the approach (m/s). */
    static final double TURN_SPEED_MPS = 8.3333;
    /** A yielding vehicle stops this far before the conflict point (m). */
    static final double YIELD_DISTANCE_M = 5;
    /** Speed below which a vehicle is stopped (m/s). */
    static final double STOPPED_SPEED_MPS = 0.1;
    /** A lane's last vehicle slower than this blocks entry when it is still near the lane start. */
    static final double JAMMED_SPEED_MPS = 2.0;

    final RoadNetwork network;
    final Drivables drivables;
    final SignalRunner signals;
    final double dt;
    final SplittableRandom random;
    /** The behaviour model of the run. */
    final SimulationModel model;
    /** True for {@link SimulationModel#SUMO}. */
    final boolean sumo;
    /** Draws the drivers' speed factors and dawdling (SUMO model only, so CityFlow runs never touch it). */
    final DriverRandom driverRandom;

    final LanePlanner planner;
    /** SUMO model with trips in the demand: routes them when they depart; null otherwise. */
    final TripRouter tripRouter;

    final ConflictPoints conflicts;
    /** Vehicle nearest to each side of each conflict point this step (index 2c+side), or -1. */
    final int[] conflictVehicle;
    /** Its signed distance to the point: positive ahead, negative when its front has passed. */
    final double[] conflictDistance_m;

    /** Step stamp of each notice; a notice is valid only when it equals {@code step + 1}. */
    final int[] conflictStamp;

    int step;

    // departure schedule, sorted by time then flow order
    double[] departureTime_s;
    int[] departureFlow;
    int nextDeparture;
    final List<Flow> flows;

    // vehicles
    int capacity;
    int departed;
    byte[] status;
    double[] length_m;
    double[] minGap_m;
    double[] maxPosAcc;
    double[] maxNegAcc;
    double[] usualPosAcc;
    double[] usualNegAcc;
    double[] maxSpeed;
    /** {@link #lookAhead_m(int)} of each vehicle, worked out when it departs (its type's figures never change). */
    private double[] lookAhead_m;

    double[] headway_s;
    /** The driver's factor on speed limits (1 in the CityFlow model). */
    double[] speedFactor;
    /** The driver's imperfection, SUMO's sigma (0 in the CityFlow model). */
    double[] sigma;
    /** The lane at whose stop line the vehicle last came to a halt (stop signs), or -1. */
    int[] haltedAtLine;
    /** The flow each vehicle plans its lanes with (its route; a trip routed when it departs may have a flow of its own). */
    int[] flowOf;
    /** SUMO model: time of the vehicle's last lane change, s (NaN before any). */
    double[] lastChange_s;
    /** SUMO model: the lane the vehicle tried and failed to change to in the last step, or -1. */
    int[] wantsLane;
    /** SUMO model: time since the vehicle first failed to change to {@link #wantsLane}, s. */
    double[] changeWait_s;

    double[] enterTime_s;
    /** True while the vehicle stands at a planned halt ({@link HaltPhase}): no time loss, no lane change. */
    boolean[] dwelling;

    int[][] path;
    int[] pathIndex;
    int[] drivable;
    double[] pos_m;
    double[] speed_mps;
    double[] nextSpeed_mps;
    int[] leader;
    double[] gap_m;
    int[] stops;
    double[] timeLoss_s;
    double[] waitingSince_s;
    int[] priority;
    int[] enterLaneLinkStep;
    int[] blocker;
    int[] nextBlocker;

    final DrivableQueues onDrivable;
    final DrivableQueues entryQueue;
    final int[] leavingCount;
    /** Per lane: vehicles that crossed its stop line into a lane link so far. */
    final long[] stopLineCount;
    /**
     * Per lane, of the last vehicle that crossed its stop line: when (the step's start time, s), at what
     * speed (m/s) and its length (m); time NaN before the first.
     */
    final double[] lastCrossing_s;

    final double[] lastCrossingSpeed_mps;
    final double[] lastCrossingLength_m;

    int[] touched = new int[64];
    int touchedCount;
    int[] entrants = new int[64];
    int entrantCount;
    int[] finishedNow = new int[64];
    int finishedNowCount;

    // running totals
    int running;
    int waitingToEnter;
    int finished;
    double finishedTravelTime_s;
    /** Vehicles that have entered their first lane (running or finished). */
    int enteredLane;

    double finishedTimeLoss_s;
    /** SUMO model: vehicles taken out of a jam and put further along their route so far. */
    int teleports;

    long finishedStops;
    double maxWait_s;
    double maxEntryWait_s;

    SimulationState(RoadNetwork network, Demand demand, SignalRunner signals, SimulationConfig config) {
        this.network = network;
        this.drivables = new Drivables(network, config.modelFor(network) == SimulationModel.SUMO);
        this.signals = signals;
        this.dt = config.step_s();
        this.random = new SplittableRandom(config.seed());
        this.model = config.modelFor(network);
        this.sumo = model == SimulationModel.SUMO;
        this.driverRandom = new DriverRandom(config.seed() ^ 0x5DEECE66DL);
        this.flows = new java.util.ArrayList<>(demand.flows());
        this.planner = new LanePlanner(network, drivables, flows, config.modelFor(network) == SimulationModel.SUMO);
        this.tripRouter = sumo && flows.stream().anyMatch(f -> f.tripStops() != null) ? new TripRouter(network) : null;
        this.capacity = demand.vehicleCount();
        this.departureTime_s = new double[capacity];
        this.departureFlow = new int[capacity];
        fillSchedule();
        status = new byte[capacity];
        length_m = new double[capacity];
        minGap_m = new double[capacity];
        maxPosAcc = new double[capacity];
        maxNegAcc = new double[capacity];
        usualPosAcc = new double[capacity];
        usualNegAcc = new double[capacity];
        maxSpeed = new double[capacity];
        lookAhead_m = new double[capacity];
        headway_s = new double[capacity];
        speedFactor = new double[capacity];
        sigma = new double[capacity];
        haltedAtLine = new int[capacity];
        wantsLane = new int[capacity];
        changeWait_s = new double[capacity];
        flowOf = new int[capacity];
        lastChange_s = new double[capacity];
        enterTime_s = new double[capacity];
        dwelling = new boolean[capacity];
        path = new int[capacity][];
        pathIndex = new int[capacity];
        drivable = new int[capacity];
        pos_m = new double[capacity];
        speed_mps = new double[capacity];
        nextSpeed_mps = new double[capacity];
        leader = new int[capacity];
        gap_m = new double[capacity];
        stops = new int[capacity];
        timeLoss_s = new double[capacity];
        waitingSince_s = new double[capacity];
        priority = new int[capacity];
        enterLaneLinkStep = new int[capacity];
        blocker = new int[capacity];
        nextBlocker = new int[capacity];
        conflicts = new ConflictPoints(network, drivables.laneCount, sumo);
        conflictVehicle = new int[2 * conflicts.count];
        conflictDistance_m = new double[2 * conflicts.count];
        conflictStamp = new int[2 * conflicts.count];
        onDrivable = new DrivableQueues(drivables.count);
        entryQueue = new DrivableQueues(drivables.laneCount);
        leavingCount = new int[drivables.count];
        stopLineCount = new long[drivables.laneCount];
        lastCrossing_s = new double[drivables.laneCount];
        java.util.Arrays.fill(lastCrossing_s, Double.NaN);
        lastCrossingSpeed_mps = new double[drivables.laneCount];
        lastCrossingLength_m = new double[drivables.laneCount];
    }

    private void fillSchedule() {
        double[] times = new double[capacity];
        int n = 0;
        for (int f = 0; f < flows.size(); f++) {
            Flow flow = flows.get(f);
            for (int k = 0; k < flow.vehicleCount(); k++) {
                times[n] = flow.startTime_s() + k * flow.interval_s();
                n++;
            }
        }
        // stable order: by departure time, then flow order (vehicles of one flow are already in time order)
        Integer[] order = new Integer[capacity];
        for (int i = 0; i < capacity; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        int[] flowOfEntry = new int[capacity];
        n = 0;
        for (int f = 0; f < flows.size(); f++) {
            for (int k = 0; k < flows.get(f).vehicleCount(); k++) {
                flowOfEntry[n++] = f;
            }
        }
        for (int i = 0; i < capacity; i++) {
            departureTime_s[i] = times[order[i]];
            departureFlow[i] = flowOfEntry[order[i]];
        }
    }

    double time_s() {
        return step * dt;
    }

    /**
     * Schedules one more vehicle of {@code flow} (a single vehicle) to depart at the start of the next
     * step, ahead of the vehicles already due then, and returns the id it will get. The per-vehicle
     * arrays grow by one; call between steps only.
     */
    int dispatch(Flow flow) {
        int f = flows.size();
        flows.add(flow);
        planner.addFlow(flow);
        int n = capacity + 1;
        departureTime_s = java.util.Arrays.copyOf(departureTime_s, n);
        departureFlow = java.util.Arrays.copyOf(departureFlow, n);
        System.arraycopy(departureTime_s, nextDeparture, departureTime_s, nextDeparture + 1, capacity - nextDeparture);
        System.arraycopy(departureFlow, nextDeparture, departureFlow, nextDeparture + 1, capacity - nextDeparture);
        departureTime_s[nextDeparture] = time_s();
        departureFlow[nextDeparture] = f;
        growVehicles(n);
        return departed;
    }

    /**
     * Adds {@code more} flows to the running demand (a live twin repeating its demand): their vehicles are merged
     * into the schedule of those not yet departed, by departure time (a time already past departs at the next step),
     * and the per-vehicle arrays grow once by their count. Call between steps only.
     */
    void appendFlows(java.util.List<Flow> more) {
        int added = 0;
        for (Flow flow : more) {
            added += flow.vehicleCount();
        }
        int waiting = capacity - nextDeparture;
        double[] times = new double[waiting + added];
        int[] flowIds = new int[waiting + added];
        System.arraycopy(departureTime_s, nextDeparture, times, 0, waiting);
        System.arraycopy(departureFlow, nextDeparture, flowIds, 0, waiting);
        int n = waiting;
        for (Flow flow : more) {
            int f = flows.size();
            flows.add(flow);
            planner.addFlow(flow);
            for (int k = 0; k < flow.vehicleCount(); k++) {
                times[n] = flow.startTime_s() + k * flow.interval_s();
                flowIds[n++] = f;
            }
        }
        // stable by time: the vehicles already waiting keep their order ahead of new ones due at the same time
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));
        int total = capacity + added;
        departureTime_s = java.util.Arrays.copyOf(departureTime_s, total);
        departureFlow = java.util.Arrays.copyOf(departureFlow, total);
        for (int i = 0; i < n; i++) {
            departureTime_s[nextDeparture + i] = times[order[i]];
            departureFlow[nextDeparture + i] = flowIds[order[i]];
        }
        growVehicles(total);
    }

    private void growVehicles(int n) {
        status = java.util.Arrays.copyOf(status, n);
        length_m = java.util.Arrays.copyOf(length_m, n);
        minGap_m = java.util.Arrays.copyOf(minGap_m, n);
        maxPosAcc = java.util.Arrays.copyOf(maxPosAcc, n);
        maxNegAcc = java.util.Arrays.copyOf(maxNegAcc, n);
        usualPosAcc = java.util.Arrays.copyOf(usualPosAcc, n);
        usualNegAcc = java.util.Arrays.copyOf(usualNegAcc, n);
        maxSpeed = java.util.Arrays.copyOf(maxSpeed, n);
        lookAhead_m = java.util.Arrays.copyOf(lookAhead_m, n);
        headway_s = java.util.Arrays.copyOf(headway_s, n);
        speedFactor = java.util.Arrays.copyOf(speedFactor, n);
        sigma = java.util.Arrays.copyOf(sigma, n);
        haltedAtLine = java.util.Arrays.copyOf(haltedAtLine, n);
        wantsLane = java.util.Arrays.copyOf(wantsLane, n);
        flowOf = java.util.Arrays.copyOf(flowOf, n);
        lastChange_s = java.util.Arrays.copyOf(lastChange_s, n);
        changeWait_s = java.util.Arrays.copyOf(changeWait_s, n);
        enterTime_s = java.util.Arrays.copyOf(enterTime_s, n);
        dwelling = java.util.Arrays.copyOf(dwelling, n);
        path = java.util.Arrays.copyOf(path, n);
        pathIndex = java.util.Arrays.copyOf(pathIndex, n);
        drivable = java.util.Arrays.copyOf(drivable, n);
        pos_m = java.util.Arrays.copyOf(pos_m, n);
        speed_mps = java.util.Arrays.copyOf(speed_mps, n);
        nextSpeed_mps = java.util.Arrays.copyOf(nextSpeed_mps, n);
        leader = java.util.Arrays.copyOf(leader, n);
        gap_m = java.util.Arrays.copyOf(gap_m, n);
        stops = java.util.Arrays.copyOf(stops, n);
        timeLoss_s = java.util.Arrays.copyOf(timeLoss_s, n);
        waitingSince_s = java.util.Arrays.copyOf(waitingSince_s, n);
        priority = java.util.Arrays.copyOf(priority, n);
        enterLaneLinkStep = java.util.Arrays.copyOf(enterLaneLinkStep, n);
        blocker = java.util.Arrays.copyOf(blocker, n);
        nextBlocker = java.util.Arrays.copyOf(nextBlocker, n);
        capacity = n;
    }

    /** Creates the vehicle with the next id for flow {@code f}; it waits in its first lane's entry queue. */
    void depart(int f) {
        int v = departed++;
        VehicleType t = flows.get(f).vehicleType();
        length_m[v] = t.length_m();
        minGap_m[v] = t.minGap_m();
        maxPosAcc[v] = t.maxPosAcc_mps2();
        maxNegAcc[v] = t.maxNegAcc_mps2();
        usualPosAcc[v] = t.usualPosAcc_mps2();
        usualNegAcc[v] = t.usualNegAcc_mps2();
        maxSpeed[v] = t.maxSpeed_mps();
        lookAhead_m[v] = maxSpeed[v] * maxSpeed[v] / usualNegAcc[v] / 2 + 2 * maxSpeed[v] * dt;
        headway_s[v] = t.headwayTime_s();
        speedFactor[v] = sumo ? drawSpeedFactor(t.speedFactor(), t.speedDev()) : 1.0;
        sigma[v] = sumo ? t.sigma() : 0.0;
        haltedAtLine[v] = -1;
        wantsLane[v] = -1;
        changeWait_s[v] = 0;
        lastChange_s[v] = Double.NaN;
        enterTime_s[v] = time_s();
        waitingSince_s[v] = Double.NaN;
        int planned = routeTrip(f);
        flowOf[v] = planned;
        path[v] = planner.pathFor(planned, random);
        pathIndex[v] = 0;
        drivable[v] = path[v][0];
        leader[v] = -1;
        priority[v] = random.nextInt();
        enterLaneLinkStep[v] = Integer.MAX_VALUE;
        blocker[v] = -1;
        nextBlocker[v] = -1;
        status[v] = WAITING_TO_ENTER;
        waitingToEnter++;
        entryQueue.addLast(path[v][0], v);
    }

    /** A driver's speed factor: normal around {@code mean}, redrawn outside [0.2, 2] (SUMO's normc). */
    private double drawSpeedFactor(double mean, double dev) {
        if (dev == 0) {
            return mean;
        }
        for (int tries = 0; tries < 10; tries++) {
            double f = mean + dev * gaussian();
            if (f >= 0.2 && f <= 2) {
                return f;
            }
        }
        return mean;
    }

    /** A standard normal draw from {@link #driverRandom} (Box-Muller). */
    private double gaussian() {
        double u = 1 - driverRandom.nextDouble();
        double w = driverRandom.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    }

    /**
     * SUMO model: a trip gets the fastest route on the present travel times when its vehicle departs.
     * Returns the flow the vehicle plans its lanes with: a single-vehicle flow is replanned in place; a
     * flow of several vehicles keeps its route for its other vehicles, and the vehicle gets a flow of its
     * own.
     */
    private int routeTrip(int f) {
        int[] stops = tripRouter == null ? null : flows.get(f).tripStops();
        if (stops == null) {
            return f;
        }
        int[] route = tripRouter.route(stops);
        if (route == null || java.util.Arrays.equals(route, flows.get(f).route())) {
            return f;
        }
        Flow routed = flows.get(f).withRoute(route);
        if (flows.get(f).vehicleCount() == 1) {
            flows.set(f, routed);
            planner.replaceFlow(f, routed);
            return f;
        }
        flows.add(routed);
        planner.addFlow(routed);
        return flows.size() - 1;
    }

    /** The speed the vehicle may drive on drivable {@code d}: its own top speed or the limit times its speed factor. */
    double allowedSpeed_mps(int v, int d) {
        return Math.min(maxSpeed[v], drivables.maxSpeed_mps[d] * speedFactor[v]);
    }

    /** True when vehicle {@code v}'s next path element is another lane of its road (a lane change still to make). */
    boolean changePending(int v) {
        int k = pathIndex[v] + 1;
        return k < path[v].length && !drivables.isLaneLink(path[v][k]) && !drivables.isLaneLink(drivable[v]);
    }

    /** Distance a vehicle looks ahead for a leader or an intersection: its comfortable stop plus two steps. */
    double lookAhead_m(int v) {
        return lookAhead_m[v];
    }

    /** Records that vehicle {@code v} is the one to watch on side {@code side} of conflict point {@code c}. */
    void notifyConflict(int c, int side, int v, double distance_m) {
        int k = 2 * c + side;
        conflictVehicle[k] = v;
        conflictDistance_m[k] = distance_m;
        conflictStamp[k] = step + 1;
    }

    /** The vehicle noticed on side {@code side} of conflict point {@code c} this step, or -1. */
    int conflictVehicle(int c, int side) {
        int k = 2 * c + side;
        return conflictStamp[k] == step + 1 ? conflictVehicle[k] : -1;
    }

    /** Counts one vehicle leaving drivable {@code d} this step. */
    void markLeaving(int d) {
        if (leavingCount[d]++ == 0) {
            if (touchedCount == touched.length) {
                touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = d;
        }
    }

    void addEntrant(int v) {
        if (entrantCount == entrants.length) {
            entrants = java.util.Arrays.copyOf(entrants, entrants.length * 2);
        }
        entrants[entrantCount++] = v;
    }

    void addFinished(int v) {
        if (finishedNowCount == finishedNow.length) {
            finishedNow = java.util.Arrays.copyOf(finishedNow, finishedNow.length * 2);
        }
        finishedNow[finishedNowCount++] = v;
    }
}
