package org.smartcity.traffic.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationSummary;

/**
 * Runs every requested controller on every flow of every data set, each in its own simulation, on a
 * few threads. Controllers whose own protocol is {@code native} (the roadnet's plan) run once under
 * it; the others run under each requested protocol. Results come back in task order, so a benchmark
 * is repeatable whatever the thread count.
 */
public final class BenchmarkRunner {
    private final SignalControllers registry;

    /** One run to make. */
    public record Task(DataSet dataSet, Path flow, String controller, SignalProtocol protocol) {}

    public BenchmarkRunner(SignalControllers registry) {
        this.registry = registry;
    }

    /** The runs for these data sets, controllers (registry names) and protocols, in table order. */
    public List<Task> plan(List<DataSet> dataSets, List<String> controllers, List<SignalProtocol> protocols) {
        List<Task> tasks = new ArrayList<>();
        for (DataSet set : dataSets) {
            for (Path flow : set.flows()) {
                for (SignalProtocol protocol : protocols) {
                    for (String name : controllers) {
                        SignalControllers.Entry entry = registry.get(name);
                        boolean ownTiming = entry.defaultProtocol().equals(SignalProtocol.NATIVE);
                        if (ownTiming && protocol != protocols.get(0)) {
                            continue;
                        }
                        tasks.add(new Task(set, flow, name, ownTiming ? SignalProtocol.NATIVE : protocol));
                    }
                }
            }
        }
        return tasks;
    }

    /**
     * Runs the tasks, {@code steps} steps each. {@code progress} receives the number of steps just
     * simulated, from any thread. Input files are read once per flow.
     */
    public List<BenchmarkRow> run(List<Task> tasks, int steps, long seed, int threads, LongConsumer progress)
            throws InvalidInputException, InterruptedException {
        Map<Path, Scenario> scenarios = new LinkedHashMap<>();
        for (Task t : tasks) {
            if (!scenarios.containsKey(t.flow())) {
                scenarios.put(t.flow(), Scenario.loadCityFlow(t.dataSet().roadnet(), t.flow()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<BenchmarkRow>> futures = new ArrayList<>();
            for (Task t : tasks) {
                futures.add(pool.submit(() -> runOne(t, scenarios.get(t.flow()), steps, seed, progress)));
            }
            List<BenchmarkRow> rows = new ArrayList<>();
            for (Future<BenchmarkRow> f : futures) {
                try {
                    rows.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private BenchmarkRow runOne(Task t, Scenario scenario, int steps, long seed, LongConsumer progress) {
        long start = System.nanoTime();
        Simulation sim = scenario.newSimulation(
                registry.get(t.controller()).factory(), t.protocol(), SimulationConfig.DEFAULT.withSeed(seed));
        int chunk = 100;
        for (int done = 0; done < steps; done += chunk) {
            int n = Math.min(chunk, steps - done);
            sim.run(n);
            progress.accept(n);
        }
        SimulationSummary s = sim.summary();
        String flowName = t.flow().getFileName().toString().replaceFirst("\\.json$", "");
        return new BenchmarkRow(
                t.dataSet().network(),
                flowName,
                t.controller(),
                t.protocol().name(),
                s.vehicles(),
                s.averageTravelTime_s(),
                s.averageApproachTime_s(),
                s.averageDelay_s(),
                s.throughput(),
                s.maxWait_s(),
                s.maxEntryWait_s(),
                sim.signals().decisionNanos() / 1e6,
                sim.signals().decisions(),
                (System.nanoTime() - start) / 1e9);
    }
}
