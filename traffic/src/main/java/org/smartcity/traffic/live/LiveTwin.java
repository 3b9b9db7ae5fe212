package org.smartcity.traffic.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.emergency.LiveTravelTimes;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.LaneBlock;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * A digital twin that runs a simulation on its own thread, paced at a speed factor (simulated seconds per
 * wall-clock second, or as fast as possible), and publishes {@link TwinFrame}s a few times per wall-clock
 * second to its listeners. Operators steer it while it runs: pause, resume, single steps, speed, and the
 * controller of one signal or of all signals, and inject incidents (blocked lanes) that the twin's
 * virtual loops and cameras and its incident detectors then report as alarms in the frames.
 *
 * <p>Threading: every control method may be called from any thread. It checks its arguments at once
 * (throwing {@link IllegalArgumentException}) and queues the change for the simulation thread, which
 * applies it between two steps; the returned future completes when it is applied. Listeners are called
 * on the simulation thread and must return quickly (hand the frame to another thread for slow work).
 *
 * <p>Safety: a controller switch goes through {@link
 * org.smartcity.traffic.signal.SignalRunner#replaceController}, so clearance, minimum and maximum green
 * and decision windows of the twin's protocol hold across the switch and for the new controller.
 *
 * <p>Usage:
 *
 * <pre>{@code
 * try (LiveTwin twin = LiveTwin.start(scenario, LiveTwin.Settings.of("max-pressure"))) {
 *     twin.addListener(frame -> show(frame));
 *     twin.setSpeed(10).join();
 *     twin.switchController(OptionalInt.empty(), "webster").join();
 * }
 * }</pre>
 */
public final class LiveTwin implements AutoCloseable {
    /** Speed factor meaning "as fast as the machine can". */
    public static final double AS_FAST_AS_POSSIBLE = 0;
    /** The highest finite speed factor accepted. */
    public static final double MAX_SPEED = 1000;

    private final Scenario scenario;
    private final SignalControllers registry;
    private final List<String> controllerNames;
    private final Simulation simulation;
    private final NetworkGeometry geometry;
    private final FrameRecorder recorder;
    private final LiveAlarms alarms;
    private final LiveTravelTimes liveTimes;
    private final int[] controllerOf;
    private final long horizonSteps;
    private final boolean repeatDemand;
    private final double period_s;
    private final long frameIntervalNanos;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final List<Consumer<TwinFrame>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile TwinFrame latest;
    private volatile boolean closed;

    // simulation-thread state
    private boolean paused;
    private double speed;
    private long anchorWallNanos;
    private double anchorSim_s;
    private long lastFrameNanos;
    private long nextFrameNanos;
    private double lastFrameSim_s;
    private boolean frameDue;
    private LiveAmbulance ambulance;
    private int demandRound = 1;

    /**
     * How a twin starts.
     *
     * @param controller name of the controller every signal starts with
     * @param protocol protocol of the whole run; switched controllers run under it too
     * @param config step length, seed, series interval
     * @param speed initial speed factor, {@link #AS_FAST_AS_POSSIBLE} or in (0, {@link #MAX_SPEED}]
     * @param horizon_s the twin stops advancing (status finished) at this simulated time
     * @param frameRate_hz frames published per wall-clock second while running, in (0, 60]
     * @param startPaused true to wait for resume or single steps
     * @param repeatDemand true to keep running past the horizon: every {@code horizon_s} the scenario's demand is
     *     released again, shifted by that period (issue 17, item 12); false to finish there
     */
    public record Settings(
            String controller,
            SignalProtocol protocol,
            SimulationConfig config,
            double speed,
            double horizon_s,
            double frameRate_hz,
            boolean startPaused,
            boolean repeatDemand) {
        /** Settings that finish at the horizon. */
        public Settings(
                String controller,
                SignalProtocol protocol,
                SimulationConfig config,
                double speed,
                double horizon_s,
                double frameRate_hz,
                boolean startPaused) {
            this(controller, protocol, config, speed, horizon_s, frameRate_hz, startPaused, false);
        }

        public Settings {
            Objects.requireNonNull(controller, "controller");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(config, "config");
            checkSpeed(speed);
            if (!(horizon_s > 0)) {
                throw new IllegalArgumentException("horizon must be positive, got " + horizon_s + " s");
            }
            if (!(frameRate_hz > 0 && frameRate_hz <= 60)) {
                throw new IllegalArgumentException("frame rate must be in (0, 60] Hz, got " + frameRate_hz);
            }
        }

        /** {@code controller} under its own default protocol, real time, one hour, 5 frames/s, running. */
        public static Settings of(String controller) {
            return new Settings(
                    controller,
                    SignalControllers.builtIn().get(controller).defaultProtocol(),
                    SimulationConfig.DEFAULT,
                    1,
                    3600,
                    5,
                    false);
        }

        public Settings withSpeed(double newSpeed) {
            return new Settings(
                    controller, protocol, config, newSpeed, horizon_s, frameRate_hz, startPaused, repeatDemand);
        }

        public Settings withHorizon(double newHorizon_s) {
            return new Settings(
                    controller, protocol, config, speed, newHorizon_s, frameRate_hz, startPaused, repeatDemand);
        }

        public Settings paused() {
            return new Settings(controller, protocol, config, speed, horizon_s, frameRate_hz, true, repeatDemand);
        }

        /** The same settings with the demand repeated every {@code horizon_s} instead of finishing there. */
        public Settings repeatingDemand() {
            return new Settings(controller, protocol, config, speed, horizon_s, frameRate_hz, startPaused, true);
        }
    }

    private LiveTwin(Scenario scenario, SignalControllers registry, Settings settings) {
        this.scenario = scenario;
        this.registry = registry;
        this.controllerNames = List.copyOf(registry.names());
        SignalControllers.Entry entry = registry.get(settings.controller());
        this.simulation = scenario.newSimulation(entry.factory(), settings.protocol(), settings.config());
        this.geometry = NetworkGeometry.of(scenario.name(), scenario.network(), controllerNames);
        this.recorder = new FrameRecorder(simulation, geometry.signals());
        simulation.addObserver(recorder);
        this.alarms = new LiveAlarms(simulation, settings.config().seed());
        simulation.addObserver(alarms);
        this.liveTimes = new LiveTravelTimes(simulation, LIVE_WINDOW_S);
        simulation.addObserver(liveTimes);
        simulation.addObserver(s -> {
            if (ambulance != null) {
                ambulance.afterStep(s);
            }
        });
        this.controllerOf = new int[geometry.signals().size()];
        Arrays.fill(controllerOf, controllerNames.indexOf(settings.controller()));
        this.horizonSteps = Math.round(settings.horizon_s() / settings.config().step_s());
        this.repeatDemand = settings.repeatDemand();
        this.period_s = settings.horizon_s();
        this.frameIntervalNanos = Math.round(1e9 / settings.frameRate_hz());
        this.paused = settings.startPaused();
        this.speed = settings.speed();
        this.latest = buildFrame(0);
        this.thread = new Thread(this::loop, "live-twin-" + scenario.name());
        this.thread.setDaemon(true);
    }

    /** Starts a twin of {@code scenario} with the built-in controllers. */
    public static LiveTwin start(Scenario scenario, Settings settings) {
        return start(scenario, SignalControllers.builtIn(), settings);
    }

    /** Starts a twin of {@code scenario} whose controllers come from {@code registry}. */
    public static LiveTwin start(Scenario scenario, SignalControllers registry, Settings settings) {
        LiveTwin twin = new LiveTwin(scenario, registry, settings);
        twin.thread.start();
        return twin;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The static map of the twin's network. */
    public NetworkGeometry geometry() {
        return geometry;
    }

    /** The protocol all of the twin's controllers run under. */
    public SignalProtocol protocol() {
        return simulation.signals().protocol();
    }

    /** The most recent frame (never null; the initial state before the first step). */
    public TwinFrame latestFrame() {
        return latest;
    }

    /** KPI samples every {@value FrameRecorder#HISTORY_INTERVAL_S} simulated seconds so far, oldest first. */
    public List<TwinKpi> history() {
        return recorder.history();
    }

    /** Calls {@code listener} with every frame published from now on, on the simulation thread. */
    public void addListener(Consumer<TwinFrame> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<TwinFrame> listener) {
        listeners.remove(listener);
    }

    /** Stops advancing on its own; a frame with status paused is published. */
    public CompletableFuture<Void> pause() {
        return submit(() -> {
            paused = true;
            frameDue = true;
        });
    }

    /** Advances on its own again at the current speed. */
    public CompletableFuture<Void> resume() {
        return submit(() -> {
            paused = false;
            rebase();
            frameDue = true;
        });
    }

    /**
     * Runs {@code steps} steps at once (meant while paused; also allowed while running and after the
     * horizon) and publishes a frame.
     */
    public CompletableFuture<Void> step(int steps) {
        if (steps < 1 || steps > 3600) {
            throw new IllegalArgumentException("steps must be in 1..3600, got " + steps);
        }
        return submit(() -> {
            for (int i = 0; i < steps; i++) {
                repeatDemandIfDue();
                simulation.step();
            }
            rebase();
            frameDue = true;
        });
    }

    /** Sets the speed factor: {@link #AS_FAST_AS_POSSIBLE} or in (0, {@link #MAX_SPEED}]. */
    public CompletableFuture<Void> setSpeed(double factor) {
        checkSpeed(factor);
        return submit(() -> {
            speed = factor;
            rebase();
            frameDue = true;
        });
    }

    /**
     * Gives one signal (by intersection id) or, when {@code intersection} is empty, every signal a new
     * controller of the registry; see the class comment for the safety rules.
     *
     * @throws IllegalArgumentException for an unknown controller or an intersection without a signal
     */
    public CompletableFuture<Void> switchController(OptionalInt intersection, String controller) {
        SignalControllers.Entry entry = registry.get(controller);
        int index = controllerNames.indexOf(controller);
        List<Integer> targets = new ArrayList<>();
        if (intersection.isPresent()) {
            int k = geometry.signals().indexOf(intersection.getAsInt());
            if (k < 0) {
                throw new IllegalArgumentException("intersection " + intersection.getAsInt() + " has no signal");
            }
            targets.add(k);
        } else {
            for (int k = 0; k < controllerOf.length; k++) {
                targets.add(k);
            }
        }
        return submit(() -> {
            for (int k : targets) {
                simulation.signals().replaceController(geometry.signals().get(k), entry.factory());
                controllerOf[k] = index;
            }
            frameDue = true;
        });
    }

    /** Longest incident an operator may inject, simulated seconds. */
    public static final double MAX_INCIDENT_S = 3600;

    /**
     * Injects an incident now: lane {@code lane} of road {@code road} is blocked at {@code position_m}
     * from the lane's start for {@code duration_s} simulated seconds from the moment the twin applies
     * it (see {@link org.smartcity.traffic.sim.LaneBlock}). The twin's detectors then raise alarms as
     * they would on the street; the frame lists the incident while it lasts.
     *
     * @throws IllegalArgumentException naming the field for an unknown road, a lane index not on the
     *     road, a position off the lane or a duration not in (0, {@value #MAX_INCIDENT_S}] s
     */
    public CompletableFuture<Void> injectIncident(String road, int lane, double position_m, double duration_s) {
        RoadNetwork network = scenario.network();
        OptionalInt r = network.findRoad(Objects.requireNonNull(road, "road"));
        if (r.isEmpty()) {
            throw new IllegalArgumentException("road: no road '" + road + "' in this network");
        }
        int lanes = network.laneCount(r.getAsInt());
        if (lane < 0 || lane >= lanes) {
            throw new IllegalArgumentException("lane: road " + road + " has lanes 0.." + (lanes - 1) + ", got " + lane);
        }
        int laneId = network.firstLane(r.getAsInt()) + lane;
        double length_m = network.laneLength_m(laneId);
        if (!(position_m >= 0 && position_m < length_m)) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "position_m: must be in [0, %.1f) m on this lane, got %s",
                    length_m,
                    position_m));
        }
        if (!(duration_s > 0 && duration_s <= MAX_INCIDENT_S)) {
            throw new IllegalArgumentException(
                    "duration_s: must be in (0, " + MAX_INCIDENT_S + "] s, got " + duration_s);
        }
        return submit(() -> {
            double from_s = simulation.time_s();
            simulation.blockLane(new LaneBlock(laneId, position_m, from_s, from_s + duration_s));
            frameDue = true;
        });
    }

    /** Window of the live road travel times an ambulance is routed on, simulated seconds. */
    public static final double LIVE_WINDOW_S = 300;

    /** Extra pre-emption lead per stopped vehicle in front of a dispatched ambulance, seconds. */
    public static final double AMBULANCE_QUEUE_HEADWAY_S = 2;

    /**
     * Dispatches an ambulance now from the start of road {@code origin} to the end of road {@code
     * destination}: it is routed on the roads' live travel times (the last {@value #LIVE_WINDOW_S} s),
     * enters the simulation as one more vehicle, and every signal on its route is pre-empted ahead of
     * it (lead 30 s, plus {@value #AMBULANCE_QUEUE_HEADWAY_S} s per stopped vehicle in front of it)
     * until it has passed. Frames then carry it ({@link TwinFrame#ambulance()}), and keep the result
     * once it has arrived. One ambulance at a time.
     *
     * @throws IllegalArgumentException naming the field ({@code origin: …}, {@code destination: …})
     *     for an unknown road or a destination that cannot be reached from the origin
     * @throws IllegalStateException (also through the future) when the twin's protocol has no
     *     clearance phase, or while another ambulance is on its way
     */
    public CompletableFuture<Void> dispatchAmbulance(String origin, String destination) {
        RoadNetwork network = scenario.network();
        OptionalInt from = network.findRoad(Objects.requireNonNull(origin, "origin"));
        if (from.isEmpty()) {
            throw new IllegalArgumentException("origin: no road '" + origin + "' in this network");
        }
        OptionalInt to = network.findRoad(Objects.requireNonNull(destination, "destination"));
        if (to.isEmpty()) {
            throw new IllegalArgumentException("destination: no road '" + destination + "' in this network");
        }
        if (from.getAsInt() == to.getAsInt()) {
            throw new IllegalArgumentException("destination: must be another road than the origin");
        }
        RoadRouter router = new RoadRouter(network);
        if (router.fastestRoute(from.getAsInt(), to.getAsInt(), RoadRouter.freeFlowTimes_s(network))
                .isEmpty()) {
            throw new IllegalArgumentException(
                    "destination: road '" + destination + "' cannot be reached from road '" + origin + "'");
        }
        if (protocol().clearancePhase() < 0) {
            throw new IllegalStateException(
                    "pre-emption changes phase through a clearance phase, and this twin's" + " protocol "
                            + protocol().name() + " has none; start it with --protocol cityflow or practitioner");
        }
        return submit(() -> {
            if (ambulance != null && !ambulance.hasArrived()) {
                throw new IllegalStateException("an ambulance is already on its way from "
                        + ambulance.snapshot(simulation).origin() + "; dispatch the next one when it has arrived");
            }
            int[] route = router.fastestRoute(from.getAsInt(), to.getAsInt(), liveTimes.roadTimes_s(simulation))
                    .orElseThrow();
            if (ambulance == null) {
                simulation
                        .signals()
                        .setPriorityRequests((intersection, time_s) ->
                                ambulance == null ? -1 : ambulance.requestedPhase(intersection, time_s));
            }
            ambulance = new LiveAmbulance(simulation, route, AMBULANCE_QUEUE_HEADWAY_S);
            frameDue = true;
        });
    }

    /** The dense id of the signalised intersection called {@code id}, if there is one. */
    public OptionalInt signalByName(String id) {
        OptionalInt i = scenario.network().findIntersection(id);
        if (i.isPresent() && scenario.network().isSignalised(i.getAsInt())) {
            return i;
        }
        return OptionalInt.empty();
    }

    private static void checkSpeed(double factor) {
        if (!(factor == AS_FAST_AS_POSSIBLE || (factor > 0 && factor <= MAX_SPEED))) {
            throw new IllegalArgumentException(
                    "speed must be 0 (as fast as possible) or in (0, " + MAX_SPEED + "], got " + factor);
        }
    }

    private CompletableFuture<Void> submit(Runnable change) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("the twin is stopped"));
            return done;
        }
        commands.add(() -> {
            try {
                change.run();
                publishIfDue(System.nanoTime()); // the frame showing the change is out before the future completes
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private void rebase() {
        anchorWallNanos = System.nanoTime();
        anchorSim_s = simulation.time_s();
    }

    private void loop() {
        rebase();
        lastFrameNanos = System.nanoTime();
        nextFrameNanos = lastFrameNanos + frameIntervalNanos;
        lastFrameSim_s = simulation.time_s();
        try {
            while (!closed) {
                Runnable command = commands.poll();
                while (command != null) {
                    command.run();
                    command = commands.poll();
                }
                repeatDemandIfDue();
                boolean finished = finished();
                long now = System.nanoTime();
                if (paused || finished) {
                    publishIfDue(now);
                    waitForCommand(frameIntervalNanos);
                    continue;
                }
                if (speed != AS_FAST_AS_POSSIBLE) {
                    double due_s = anchorSim_s + (now - anchorWallNanos) * 1e-9 * speed;
                    double behind_s = due_s - simulation.time_s();
                    if (behind_s < 0) {
                        publishIfDue(now);
                        long untilNextStep = (long) (-behind_s / speed * 1e9);
                        waitForCommand(Math.min(untilNextStep, nextFrameNanos - now));
                        continue;
                    }
                    if (behind_s > speed) {
                        // more than a wall-clock second behind: the machine cannot keep the pace, so do
                        // not race to catch up later; measure from here
                        rebase();
                    }
                }
                simulation.step();
                publishIfDue(System.nanoTime());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean finished() {
        return !repeatDemand && simulation.stepCount() >= horizonSteps;
    }

    /** At the end of each period the scenario's demand is released again, shifted by the periods gone by. */
    private void repeatDemandIfDue() {
        if (!repeatDemand || simulation.stepCount() < (long) demandRound * horizonSteps) {
            return;
        }
        double offset_s = demandRound * period_s;
        List<Flow> shifted = new ArrayList<>();
        for (Flow f : scenario.demand().flows()) {
            shifted.add(f.shifted(offset_s));
        }
        simulation.addDemand(new Demand(shifted));
        demandRound++;
        frameDue = true;
    }

    private void waitForCommand(long nanos) throws InterruptedException {
        Runnable command = commands.poll(Math.max(1, nanos), TimeUnit.NANOSECONDS);
        if (command != null) {
            command.run();
        }
    }

    private void publishIfDue(long now) {
        if (!frameDue && now < nextFrameNanos) {
            return;
        }
        // keep the cadence: the next frame is due one interval after this one was due, not after now
        nextFrameNanos = Math.max(nextFrameNanos + frameIntervalNanos, now - frameIntervalNanos / 2);
        if (!frameDue && (paused || finished()) && lastFrameSim_s == simulation.time_s()) {
            lastFrameNanos = now;
            return; // nothing changed: no frame
        }
        double wall_s = (now - lastFrameNanos) * 1e-9;
        double achieved = wall_s <= 0 ? 0 : (simulation.time_s() - lastFrameSim_s) / wall_s;
        lastFrameNanos = now;
        lastFrameSim_s = simulation.time_s();
        frameDue = false;
        TwinFrame frame = buildFrame(achieved);
        latest = frame;
        for (Consumer<TwinFrame> listener : listeners) {
            listener.accept(frame);
        }
    }

    private TwinFrame buildFrame(double achievedSpeed) {
        TwinFrame.Status status =
                finished() ? TwinFrame.Status.FINISHED : paused ? TwinFrame.Status.PAUSED : TwinFrame.Status.RUNNING;
        return recorder.frame(
                simulation,
                status,
                speed,
                achievedSpeed,
                controllerOf,
                alarms.snapshot(),
                activeIncidents(),
                ambulance == null ? null : ambulance.snapshot(simulation),
                demandRound,
                repeatDemand ? period_s : 0);
    }

    private List<TwinIncident> activeIncidents() {
        List<LaneBlock> blocks = simulation.laneBlocks();
        if (blocks.isEmpty()) {
            return List.of();
        }
        RoadNetwork network = scenario.network();
        List<TwinIncident> out = new ArrayList<>();
        for (LaneBlock b : blocks) {
            if (b.activeAt(simulation.time_s())) {
                int road = network.laneRoad(b.lane());
                out.add(new TwinIncident(
                        network.roadId(road),
                        network.laneIndexOnRoad(b.lane()),
                        b.position_m(),
                        b.from_s(),
                        b.until_s()));
            }
        }
        return List.copyOf(out);
    }

    /** Stops the simulation thread and waits for it (at most a few seconds). Idempotent. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
