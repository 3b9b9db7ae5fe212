package org.smartcity.traffic.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationSummary;

/**
 * Runs several controllers one after another on fresh simulations of the same scenario, from its start,
 * under one protocol, and reports progress while it runs. Independent of any live twin (it never touches
 * a running simulation). {@link #run()} runs on the caller's thread; {@link #stepsDone()} and {@link
 * #cancel()} may be called from any other thread.
 */
public final class ControllerComparison {
    private final Scenario scenario;
    private final SignalControllers registry;
    private final List<String> controllers;
    private final SignalProtocol protocol;
    private final SimulationConfig config;
    private final int steps;
    private final AtomicLong done = new AtomicLong();
    private volatile boolean cancelled;

    /** One controller's result. */
    public record Result(String controller, SimulationSummary summary, double wall_s) {}

    /**
     * @throws IllegalArgumentException for an unknown controller, no controller, or steps outside 1..86400
     */
    public ControllerComparison(
            Scenario scenario,
            SignalControllers registry,
            List<String> controllers,
            SignalProtocol protocol,
            SimulationConfig config,
            int steps) {
        if (controllers.isEmpty()) {
            throw new IllegalArgumentException("name at least one controller to compare");
        }
        controllers.forEach(registry::get);
        if (steps < 1 || steps > 86_400) {
            throw new IllegalArgumentException("steps must be in 1..86400, got " + steps);
        }
        this.scenario = scenario;
        this.registry = registry;
        this.controllers = List.copyOf(controllers);
        this.protocol = protocol;
        this.config = config;
        this.steps = steps;
    }

    /** Steps of all runs together. */
    public long totalSteps() {
        return (long) steps * controllers.size();
    }

    /** Steps run so far, over all runs. */
    public long stepsDone() {
        return done.get();
    }

    /** Asks {@link #run()} to stop after the current step; it then returns the results finished so far. */
    public void cancel() {
        cancelled = true;
    }

    /** Runs every controller in turn; results in the order the controllers were given. */
    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        for (String name : controllers) {
            long start = System.nanoTime();
            Simulation sim = scenario.newSimulation(registry.get(name).factory(), protocol, config);
            for (int i = 0; i < steps; i++) {
                if (cancelled) {
                    return List.copyOf(results);
                }
                sim.step();
                done.incrementAndGet();
            }
            results.add(new Result(name, sim.summary(), (System.nanoTime() - start) * 1e-9));
        }
        return List.copyOf(results);
    }
}
