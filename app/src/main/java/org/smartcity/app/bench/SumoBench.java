package org.smartcity.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationModel;
import org.smartcity.traffic.sumo.SumoConfig;
import org.smartcity.traffic.sumo.SumoScenarios;
import org.smartcity.traffic.sumo.TripStatistics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench sumo}: every {@code sumo-*} scenario under the data folder, run by SUMO with
 * the fixed plans of its network and by smartcity with the {@code plan} controller on the same files;
 * mean trip duration and time loss of arrived trips side by side.
 */
@Command(
        name = "sumo",
        mixinStandardHelpOptions = true,
        description = "SUMO scenarios (sumo-*/): SUMO's own fixed-plan run against smartcity's, mean trip duration"
                + " and time loss side by side.")
public final class SumoBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Without an {@code <end>}, smartcity runs at most this long after the last departure, s. */
    private static final double NO_END_LIMIT_S = 3 * 3600;

    private static final Pattern STAT =
            Pattern.compile("^\\s*(Inserted|Duration|TimeLoss|Statistics \\(avg of)\\s*:?\\s*([0-9.]+)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = "../shared/data/traffic",
            description = "Folder holding sumo-*/ scenario folders with a .sumocfg (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--sumo",
            defaultValue = "sumo",
            description = "SUMO executable; its columns stay empty when not found (default: ${DEFAULT-VALUE}).")
    String sumo;

    @Option(
            names = "--model",
            paramLabel = "cityflow|sumo",
            description = "Simulation model of smartcity's runs (default: sumo, the model of SUMO networks).")
    String model;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of smartcity's runs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description = "Only these scenario folders (repeatable; default: every sumo-*/ folder).")
    List<String> only = new ArrayList<>();

    @Option(names = "--json", description = "One JSON object per scenario instead of the table.")
    boolean json;

    /** One scenario's figures: SUMO's (NaN when SUMO did not run) beside smartcity's. */
    record Row(
            String scenario,
            double sumoArrived,
            double sumoDuration_s,
            double sumoTimeLoss_s,
            double sumoWall_s,
            int arrived,
            double duration_s,
            double timeLoss_s,
            double wall_s) {}

    @Override
    public Integer call() throws IOException, InterruptedException {
        SimulationModel chosen;
        try {
            chosen = model == null ? null : SimulationModel.parse(model);
        } catch (IllegalArgumentException e) {
            throw new UserError("--model: " + e.getMessage());
        }
        List<Path> configs = new ArrayList<>();
        if (Files.isDirectory(data)) {
            try (Stream<Path> dirs = Files.list(data)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("sumo-"))
                        .filter(d ->
                                only.isEmpty() || only.contains(d.getFileName().toString()))
                        .sorted()
                        .toList()) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(f -> f.toString().endsWith(".sumocfg")
                                        || f.toString().endsWith(".sumo.cfg"))
                                .sorted()
                                .forEach(configs::add);
                    }
                }
            }
        }
        if (configs.isEmpty()) {
            throw new UserError("no sumo-*/ folder with a .sumocfg under " + data);
        }
        boolean haveSumo = onPath(sumo);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.println(
                    "| scenario | SUMO arrived | SUMO duration s | SUMO time loss s | smartcity arrived |"
                            + " smartcity duration s | smartcity time loss s | time loss difference | SUMO wall s | smartcity wall s |");
            out.println("|---|---|---|---|---|---|---|---|---|---|");
        }
        for (Path cfgFile : configs) {
            SumoConfig cfg;
            try {
                cfg = SumoConfig.read(cfgFile);
            } catch (InvalidInputException e) {
                throw new UserError(e.getMessage());
            }
            double[] sumoStats = null;
            if (haveSumo) {
                try {
                    sumoStats = runSumo(cfgFile);
                } catch (UserError e) {
                    spec.commandLine()
                            .getErr()
                            .println("warning: " + e.getMessage() + " (its SUMO columns stay empty)");
                }
            }
            long start = System.nanoTime();
            Scenario scenario;
            try {
                scenario = SumoScenarios.load(cfg);
            } catch (InvalidInputException e) {
                throw new UserError(e.getMessage());
            }
            for (String warning : scenario.warnings()) {
                spec.commandLine().getErr().println("warning: " + warning);
            }
            Simulation sim = scenario.newSimulation(
                    SignalControllers.builtIn().get("plan").factory(),
                    SignalProtocol.NATIVE,
                    SimulationConfig.DEFAULT.withSeed(seed).withModel(chosen));
            TripStatistics trips = new TripStatistics(sim);
            sim.addObserver(trips);
            if (cfg.hasEnd()) {
                sim.run((int) Math.round(cfg.end_s() - cfg.begin_s()));
            } else {
                runUntilEveryVehicleLeft(sim, scenario, cfgFile);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            String name = cfgFile.getParent().getFileName().toString();
            double[] sumoRow =
                    sumoStats == null ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN} : sumoStats;
            print(
                    out,
                    new Row(
                            name,
                            sumoRow[0],
                            sumoRow[1],
                            sumoRow[2],
                            sumoRow[3],
                            trips.arrived(),
                            trips.meanDuration_s(),
                            trips.meanTimeLoss_s(),
                            wall));
            out.flush();
        }
        if (!haveSumo && !json) {
            out.println("SUMO not found ('" + sumo + "'): apt-get install sumo, and set SUMO_HOME=/usr/share/sumo");
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, Row r) {
        if (json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("scenario", r.scenario());
            ObjectNode sumoNode = o.putObject("sumo");
            putNumber(sumoNode, "arrived", r.sumoArrived());
            putNumber(sumoNode, "meanDuration_s", r.sumoDuration_s());
            putNumber(sumoNode, "meanTimeLoss_s", r.sumoTimeLoss_s());
            putNumber(sumoNode, "wall_s", r.sumoWall_s());
            ObjectNode own = o.putObject("smartcity");
            own.put("arrived", r.arrived());
            putNumber(own, "meanDuration_s", r.duration_s());
            putNumber(own, "meanTimeLoss_s", r.timeLoss_s());
            putNumber(own, "wall_s", r.wall_s());
            out.println(o);
        } else if (Double.isNaN(r.sumoArrived())) {
            out.printf(
                    Locale.ROOT,
                    "| %s | – | – | – | %d | %.1f | %.1f | – | – | %.2f |%n",
                    r.scenario(),
                    r.arrived(),
                    r.duration_s(),
                    r.timeLoss_s(),
                    r.wall_s());
        } else {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f | %.1f | %d | %.1f | %.1f | %+.0f %% | %.2f | %.2f |%n",
                    r.scenario(),
                    r.sumoArrived(),
                    r.sumoDuration_s(),
                    r.sumoTimeLoss_s(),
                    r.arrived(),
                    r.duration_s(),
                    r.timeLoss_s(),
                    100 * (r.timeLoss_s() - r.sumoTimeLoss_s()) / r.sumoTimeLoss_s(),
                    r.sumoWall_s(),
                    r.wall_s());
        }
    }

    /**
     * A configuration without an end: SUMO runs until every vehicle has left, and so does smartcity, for
     * at most {@link #NO_END_LIMIT_S} after the last departure (named in a warning when reached).
     */
    private void runUntilEveryVehicleLeft(Simulation sim, Scenario scenario, Path cfgFile) {
        double lastDeparture = scenario.demand().flows().stream()
                .mapToDouble(Flow::endTime_s)
                .max()
                .orElse(0);
        double limit = lastDeparture + NO_END_LIMIT_S;
        while (sim.finishedCount() < sim.plannedVehicles() && sim.time_s() < limit) {
            sim.step();
        }
        if (sim.finishedCount() < sim.plannedVehicles()) {
            spec.commandLine()
                    .getErr()
                    .println("warning: " + cfgFile + ": no <end>; stopped " + (int) NO_END_LIMIT_S
                            + " s after the last departure with " + (sim.plannedVehicles() - sim.finishedCount())
                            + " vehicles still in the network");
        }
    }

    private static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, Math.round(value * 1000) / 1000.0);
        }
    }

    /** {arrived, mean duration, mean time loss, wall s} from SUMO's duration log. */
    private double[] runSumo(Path config) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                sumo,
                "-c",
                config.toString(),
                "--no-step-log",
                "true",
                "--no-warnings",
                "true",
                "--duration-log.statistics",
                "true");
        pb.environment().putIfAbsent("SUMO_HOME", "/usr/share/sumo");
        pb.redirectErrorStream(true);
        long start = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new UserError("SUMO failed with exit code " + code + " on " + config + ": "
                    + output.lines().reduce((a, b) -> b).orElse(""));
        }
        double[] stats = {Double.NaN, Double.NaN, Double.NaN, wall};
        for (String line : output.lines().toList()) {
            Matcher m = STAT.matcher(line);
            if (m.find()) {
                double value = Double.parseDouble(m.group(2));
                switch (m.group(1)) {
                    case "Statistics (avg of" -> stats[0] = value;
                    case "Duration" -> stats[1] = Double.isNaN(stats[0]) ? stats[1] : value;
                    case "TimeLoss" -> stats[2] = value;
                    default -> {}
                }
            }
        }
        return stats;
    }

    private static boolean onPath(String executable) {
        if (executable.contains("/")) {
            return Files.isExecutable(Path.of(executable));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }
}
