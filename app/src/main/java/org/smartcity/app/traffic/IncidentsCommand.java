package org.smartcity.app.traffic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.incident.CameraStoppedDetector;
import org.smartcity.traffic.incident.IncidentEvaluation;
import org.smartcity.traffic.incident.IncidentEvaluation.DetectorScore;
import org.smartcity.traffic.incident.IncidentEvaluation.RunOutcome;
import org.smartcity.traffic.incident.LoopComparisonDetector;
import org.smartcity.traffic.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity traffic incidents …}: incident detection from detector data. */
@Command(
        name = "incidents",
        mixinStandardHelpOptions = true,
        description = "Incident detection from loop and camera data.",
        subcommands = {IncidentsCommand.Evaluate.class})
public final class IncidentsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Seeded runs with injected incidents, scored against the ground truth. */
    @Command(
            name = "evaluate",
            mixinStandardHelpOptions = true,
            description = "Simulate seeded runs with random lane-blocking incidents (every fourth run without) and "
                    + "report detection rate, mean time to detect and false alarms per 100 detector-hours.")
    public static final class Evaluate implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        /** Lanes busier than one vehicle a minute: loops see an obstacle only once a vehicle meets it. */
        private static final double BUSY_LANE_VPH = 60;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--runs", defaultValue = "120", description = "Seeded runs (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of run 0 (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--roadnet", description = "CityFlow roadnet (default: a generated 3×3 grid).")
        Path roadnet;

        @Option(names = "--flow", description = "CityFlow flow file (with --roadnet).")
        Path flow;

        @Option(
                names = "--vehicles-per-hour",
                defaultValue = "300",
                description = "Demand per boundary road of the generated grid (default: ${DEFAULT-VALUE}).")
        double vehiclesPerHour;

        @Option(
                names = "--controller",
                defaultValue = "max-pressure",
                description = "Signal controller (default: ${DEFAULT-VALUE}).")
        String controller;

        @Option(
                names = "--warm-up",
                defaultValue = "600",
                description = "Seconds before the earliest incident (default: ${DEFAULT-VALUE}).")
        int warmUp_s;

        @Option(
                names = "--incident-duration",
                defaultValue = "600",
                description = "Seconds a lane stays blocked (default: ${DEFAULT-VALUE}).")
        int incidentDuration_s;

        @Option(
                names = "--loop-stations",
                description = "Loop stations per lane: 2 = upstream and stop line, 3 adds a mid-block station, more "
                        + "divide the link evenly (default: "
                        + DetectorLayout.DEFAULT_LOOP_STATIONS
                        + ").")
        int loopStations = DetectorLayout.DEFAULT_LOOP_STATIONS;

        @Option(
                names = "--loop-interval",
                defaultValue = "5",
                description = "Seconds between two reports of a loop (default: ${DEFAULT-VALUE}).")
        int loopInterval_s;

        @Option(names = "--threads", description = "Worker threads (default: all cores).")
        Integer threads;

        @Option(names = "--out", description = "Write incidents.json (truth, alarms, scores) into this folder.")
        Path out;

        @Option(names = "--no-progress", description = "Do not show a progress bar.")
        boolean noProgress;

        @Override
        public Integer call() throws IOException, InvalidInputException, InterruptedException {
            if (runs < 1) {
                throw new UserError("--runs must be at least 1, got " + runs);
            }
            if ((roadnet == null) != (flow == null)) {
                throw new UserError("--roadnet and --flow go together");
            }
            SimulateCommand.lookup(controller);
            int tail_s = 120;
            IncidentEvaluation.Settings settings;
            try {
                settings = new IncidentEvaluation.Settings(
                        runs,
                        seed,
                        controller,
                        warmUp_s,
                        incidentDuration_s,
                        tail_s,
                        loopInterval(layout()),
                        threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            Scenario scenario = roadnet != null ? Scenario.loadCityFlow(roadnet, flow) : grid(settings);
            long start = System.nanoTime();
            List<RunOutcome> outcomes;
            try (StepProgress progress = StepProgress.start("incidents", runs, noProgress)) {
                outcomes = new IncidentEvaluation().run(scenario, settings, progress::stepTo);
            }
            double wall_s = (System.nanoTime() - start) / 1e9;
            List<DetectorScore> scores = List.of(
                    IncidentEvaluation.score(outcomes, LoopComparisonDetector.NAME, false),
                    IncidentEvaluation.score(outcomes, CameraStoppedDetector.NAME, true));
            PrintWriter w = spec.commandLine().getOut();
            long withIncident =
                    outcomes.stream().filter(o -> o.incident() != null).count();
            long inView = outcomes.stream()
                    .filter(o -> o.incident() != null && o.incident().inCameraView())
                    .count();
            w.printf(
                    Locale.ROOT,
                    "%s: %d runs (%d with an incident, %d of them in a camera's view), %d s each, %.1f s wall%n",
                    scenario.name(),
                    runs,
                    withIncident,
                    inView,
                    settings.steps(1.0),
                    wall_s);
            w.printf(
                    Locale.ROOT,
                    "%-16s %9s %9s %9s %9s %8s %12s %14s%n",
                    "detector",
                    "incidents",
                    "detected",
                    "rate",
                    "MTTD s",
                    "max s",
                    "false alarms",
                    "per 100 det-h");
            for (DetectorScore s : scores) {
                w.printf(
                        Locale.ROOT,
                        "%-16s %9d %9d %8.1f%% %9.1f %8.0f %12d %14.3f%n",
                        s.detector(),
                        s.incidents(),
                        s.detected(),
                        100 * s.detectionRate(),
                        s.meanTimeToDetect_s(),
                        s.maxTimeToDetect_s(),
                        s.falseAlarms(),
                        s.falseAlarmsPer100DetectorHours());
            }
            w.println("(camera-stopped: incidents in a camera's view only; detector-hours = lanes with loops × h, "
                    + "cameras × h)");
            DetectorScore busy = IncidentEvaluation.score(outcomes, LoopComparisonDetector.NAME, false, BUSY_LANE_VPH);
            w.printf(
                    Locale.ROOT,
                    "%s on lanes with ≥ %.0f veh/h before the incident: %d/%d detected, MTTD %.1f s, max %.0f s%n",
                    LoopComparisonDetector.NAME,
                    BUSY_LANE_VPH,
                    busy.detected(),
                    busy.incidents(),
                    busy.meanTimeToDetect_s(),
                    busy.maxTimeToDetect_s());
            w.flush();
            if (out != null) {
                Files.createDirectories(out);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("scenario", scenario.name());
                doc.put("runs", runs);
                doc.put("seed", seed);
                doc.put("wall_s", wall_s);
                doc.put("scores", scores);
                doc.put("loopScoreOnBusyLanes", busy);
                List<Object> truth = new ArrayList<>();
                for (RunOutcome o : outcomes) {
                    truth.add(o);
                }
                doc.put("outcomes", truth);
                JSON.writeValue(out.resolve("incidents.json").toFile(), doc);
            }
            return 0;
        }

        private DetectorLayout loopInterval(DetectorLayout layout) {
            try {
                return layout.withLoopInterval(loopInterval_s);
            } catch (IllegalArgumentException e) {
                throw new UserError("--loop-interval: " + e.getMessage());
            }
        }

        private DetectorLayout layout() {
            try {
                return DetectorLayout.DEFAULT.withLoopStations(loopStations);
            } catch (IllegalArgumentException e) {
                throw new UserError("--loop-stations: " + e.getMessage());
            }
        }

        private Scenario grid(IncidentEvaluation.Settings settings) throws IOException, InvalidInputException {
            Path dir = Files.createTempDirectory("smartcity-incidents");
            try {
                int duration = settings.steps(1.0);
                GridSpec spec;
                try {
                    spec = new GridSpec(3, 3, 300, vehiclesPerHour, 0.2, duration, seed);
                } catch (IllegalArgumentException e) {
                    throw new UserError("--vehicles-per-hour: " + e.getMessage());
                }
                GridGenerator.GridFiles files = new GridGenerator().write(spec, dir);
                return Scenario.loadCityFlow(files.roadnet(), files.flow());
            } finally {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
