package org.smartcity.app.traffic.emergency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.DemandScaling;
import org.smartcity.traffic.emergency.EmergencyEvaluation;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity traffic emergency evaluate}: ambulance travel time and the other vehicles' delay
 * with and without signal pre-emption, over seeded runs on the Hangzhou and Jinan networks under their
 * congested flows.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Ambulance travel time and everyone else's delay with and without signal pre-emption,"
                + " over seeded runs on Hangzhou and Jinan.")
public final class EmergencyEvaluateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[][] DATA_SETS = {
        {"hangzhou_4x4/roadnet_4_4.json", "hangzhou_4x4/anon_4_4_hangzhou_real_5816.json"},
        {"jinan_3x4/roadnet_3_4.json", "jinan_3x4/anon_3_4_jinan_real.json"}
    };

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = "../shared/data/traffic",
            description = "Traffic data folder with hangzhou_4x4/ and jinan_3x4/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--runs", defaultValue = "4", description = "Seeded runs per network (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--controller",
            defaultValue = "fixed-cycle",
            description = "Signal controller the ambulance meets (default: ${DEFAULT-VALUE}).")
    String controller;

    @Option(
            names = "--protocol",
            defaultValue = "cityflow",
            description =
                    "Signal protocol; pre-emption changes phase through its clearance (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(
            names = "--lead",
            defaultValue = "30",
            description = "Seconds before the ambulance's estimated arrival that a junction switches"
                    + " (default: ${DEFAULT-VALUE}).")
    double lead_s;

    @Option(
            names = "--demand-scale",
            split = ",",
            defaultValue = "1",
            description = "Demand levels to evaluate, e.g. 1,1.5,2: each vehicle of the flow file is kept and"
                    + " gets extra copies (same route, departing 0-59 s later; seeded) up to this factor"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Double> demandScales;

    @Option(
            names = "--depart-from",
            defaultValue = "900",
            description = "Earliest departure of the ambulance in s (default: ${DEFAULT-VALUE}).")
    double departFrom_s;

    @Option(
            names = "--depart-to",
            defaultValue = "2400",
            description = "Latest departure of the ambulance in s (default: ${DEFAULT-VALUE}).")
    double departTo_s;

    @Option(
            names = "--min-signals",
            defaultValue = "3",
            description = "Least number of signals on the ambulance's free-flow route; the longest trip found"
                    + " in 500 draws when none has that many (default: ${DEFAULT-VALUE}).")
    int minSignals;

    @Option(
            names = "--queue-headway",
            defaultValue = "2",
            description = "Extra lead per stopped vehicle in front of the ambulance, in s (about 2: the green"
                    + " comes early enough to clear the queue); 0 = fixed lead (default: ${DEFAULT-VALUE}).")
    double queueHeadway_s;

    @Option(names = "--threads", defaultValue = "2", description = "Runs in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--json", description = "Print every run and the totals as JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1, got " + runs);
        }
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, got " + threads);
        }
        if (!(lead_s >= 0) || !Double.isFinite(lead_s)) {
            throw new UserError("--lead must be a number of seconds >= 0, got " + lead_s);
        }
        if (!(queueHeadway_s >= 0) || !Double.isFinite(queueHeadway_s)) {
            throw new UserError("--queue-headway must be a number of seconds >= 0, got " + queueHeadway_s);
        }
        if (minSignals < 0) {
            throw new UserError("--min-signals must be at least 0, got " + minSignals);
        }
        if (!(departFrom_s >= 0) || !(departTo_s >= departFrom_s) || departTo_s > 3600) {
            throw new UserError("--depart-from and --depart-to must satisfy 0 <= from <= to <= 3600 s, got "
                    + departFrom_s + " and " + departTo_s);
        }
        for (double scale : demandScales) {
            if (!(scale >= 1 && scale <= DemandScaling.MAX_FACTOR)) {
                throw new UserError("--demand-scale: each level must be between 1 and " + DemandScaling.MAX_FACTOR
                        + ", got " + scale);
            }
        }
        SignalControllers.Entry entry;
        SignalProtocol chosen;
        try {
            entry = SignalControllers.builtIn().get(controller);
            chosen = SignalProtocol.byName(protocol);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (chosen.clearancePhase() < 0) {
            throw new UserError("--protocol " + protocol + " has no clearance phase; pre-emption needs one"
                    + " (use cityflow or practitioner)");
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String[] set : DATA_SETS) {
            Path roadnet = data.resolve(set[0]);
            Path flow = data.resolve(set[1]);
            if (!Files.isRegularFile(roadnet) || !Files.isRegularFile(flow)) {
                throw new UserError("data set not found: " + roadnet + " and " + flow + " (give --data DIR)");
            }
            try {
                scenarios.add(Scenario.loadCityFlow(roadnet, flow));
            } catch (InvalidInputException e) {
                throw new UserError(e.getMessage());
            }
        }
        EmergencyEvaluation.Settings settings = new EmergencyEvaluation.Settings(
                3600,
                departFrom_s,
                departTo_s,
                minSignals,
                lead_s,
                EmergencyEvaluation.Settings.DEFAULT.liveWindow_s(),
                queueHeadway_s);
        EmergencyEvaluation evaluation = new EmergencyEvaluation();
        long start = System.nanoTime();
        List<List<EmergencyEvaluation.Result>> resultsByLevel = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<List<Future<EmergencyEvaluation.Result>>> futures = new ArrayList<>();
            for (double scale : demandScales) {
                List<Future<EmergencyEvaluation.Result>> level = new ArrayList<>();
                for (Scenario loaded : scenarios) {
                    Scenario scenario = new Scenario(
                            loaded.name(), loaded.network(), DemandScaling.scaled(loaded.demand(), scale, seed));
                    for (int r = 0; r < runs; r++) {
                        int run = r;
                        SignalControllers.Entry e = entry;
                        level.add(
                                pool.submit(() -> evaluation.run(scenario, e.factory(), chosen, settings, seed, run)));
                    }
                }
                futures.add(level);
            }
            for (List<Future<EmergencyEvaluation.Result>> level : futures) {
                List<EmergencyEvaluation.Result> results = new ArrayList<>();
                for (Future<EmergencyEvaluation.Result> f : level) {
                    results.add(f.get());
                }
                resultsByLevel.add(results);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double wall_s = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int l = 0; l < demandScales.size(); l++) {
            List<EmergencyEvaluation.Result> results = resultsByLevel.get(l);
            List<Map<String, Object>> totals = new ArrayList<>();
            for (Scenario s : scenarios) {
                totals.add(EmergencyReport.totals(
                        s.name(),
                        results.stream()
                                .filter(r -> r.scenario().equals(s.name()))
                                .toList()));
            }
            totals.add(EmergencyReport.totals("all", results));
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("demandScale", demandScales.get(l));
            level.put("runs", results);
            level.put("totals", totals);
            levels.add(level);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("controller", controller);
            doc.put("protocol", chosen.name());
            doc.put("lead_s", lead_s);
            doc.put("queueHeadway_s", queueHeadway_s);
            doc.put("departFrom_s", departFrom_s);
            doc.put("departTo_s", departTo_s);
            doc.put("minSignals", minSignals);
            doc.put("seed", seed);
            doc.put("levels", levels);
            doc.put("wall_s", wall_s);
            out.println(JSON.writeValueAsString(doc));
        } else {
            out.printf(
                    Locale.ROOT,
                    "controller %s, protocol %s, lead %.0f s + %.1f s per queued vehicle, departures %.0f-%.0f s,"
                            + " at least %d signals, seed %d; %d runs in %.1f s%n",
                    controller,
                    chosen.name(),
                    lead_s,
                    queueHeadway_s,
                    departFrom_s,
                    departTo_s,
                    minSignals,
                    seed,
                    resultsByLevel.stream().mapToInt(List::size).sum(),
                    wall_s);
            for (Map<String, Object> level : levels) {
                @SuppressWarnings("unchecked")
                List<EmergencyEvaluation.Result> results = (List<EmergencyEvaluation.Result>) level.get("runs");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> totals = (List<Map<String, Object>>) level.get("totals");
                EmergencyReport.printLevel(out, (Double) level.get("demandScale"), results, totals);
            }
        }
        out.flush();
        return 0;
    }
}
