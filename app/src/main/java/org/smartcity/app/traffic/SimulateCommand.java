package org.smartcity.app.traffic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.detect.VirtualDetectors;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.replay.ReplayWriter;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.LaneBlock;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationModel;
import org.smartcity.traffic.sumo.SumoScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity traffic simulate}: runs one network and demand with one controller. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Simulate a CityFlow (roadnet + flow JSON) or SUMO (.net.xml + .rou.xml) network and demand and"
                + " report travel time, delay and throughput.")
public final class SimulateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--roadnet", description = "CityFlow roadnet JSON file (or a SUMO .net.xml).")
    Path roadnet;

    @Option(names = "--flow", description = "CityFlow flow JSON file (or a SUMO .rou.xml).")
    Path flow;

    @Option(names = "--sumo-net", description = "SUMO network file (.net.xml), instead of --roadnet.")
    Path sumoNet;

    @Option(names = "--sumo-routes", description = "SUMO demand file (.rou.xml), instead of --flow.")
    Path sumoRoutes;

    @Option(
            names = "--begin",
            defaultValue = "0",
            description = "SUMO files: the time in the route file that becomes time 0, like SUMO's --begin"
                    + " (default: ${DEFAULT-VALUE}).")
    double begin_s;

    @Option(
            names = "--controller",
            defaultValue = "plan",
            description = "Signal controller: plan, fixed-cycle, max-pressure (default: ${DEFAULT-VALUE}).")
    String controller;

    @Option(
            names = "--protocol",
            description =
                    "Signal protocol: cityflow (decide every 15 s, 5 s clearance inside the window), practitioner "
                            + "(free phase lengths, min green 10 s, 5 s clearance, max green 60 s) or native "
                            + "(controller's own durations). Default: the controller's own (native for plan, cityflow otherwise).")
    String protocol;

    @Option(names = "--steps", defaultValue = "3600", description = "Number of steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--step-length",
            defaultValue = "1.0",
            description = "Seconds per step (default: ${DEFAULT-VALUE}).")
    double stepLength_s;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--model",
            paramLabel = "cityflow|sumo",
            description =
                    "Behaviour model (default: the network's own: cityflow for CityFlow files, sumo for SUMO files).")
    String model;

    @Option(names = "--out", description = "Folder for summary.json, series.csv and (with --replay) replay.txt.gz.")
    Path out;

    @Option(names = "--replay", description = "Also write per-step vehicle positions and signal states to --out.")
    boolean replay;

    @Option(names = "--json", description = "Print the summary as one JSON document instead of a table.")
    boolean json;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Option(
            names = "--detectors",
            description = "Write loop, camera and passage records of virtual detectors to this JSON Lines file.")
    Path detectors;

    @Option(
            names = "--loop-stations",
            description = "Loop stations per lane of the virtual detectors: 2 = upstream and stop line, 3 adds a "
                    + "mid-block station, more divide the link evenly (default: "
                    + DetectorLayout.DEFAULT_LOOP_STATIONS
                    + ").")
    Integer loopStations;

    @Option(names = "--detectors-socket", description = "Send the detector records to this TCP server (HOST:PORT).")
    String detectorsSocket;

    @Option(
            names = "--detectors-kafka",
            description = "Send the detector records to this existing Kafka topic, keyed by road: HOST:PORT/TOPIC.")
    String detectorsKafka;

    @Option(
            names = "--incident",
            description = "Block a lane: ROAD:LANE:POSITION_M:FROM_S:UNTIL_S, e.g. road_1_1_0:1:150:600:1200 "
                    + "(repeatable).")
    List<String> incidents;

    @Option(names = "--truth", description = "Write the injected incidents as JSON Lines to this file.")
    Path truth;

    @Override
    public Integer call() throws IOException, InvalidInputException {
        if (steps <= 0) {
            throw new UserError("--steps must be positive, got " + steps);
        }
        if (replay && out == null) {
            throw new UserError("--replay needs --out DIR to write the replay file into");
        }
        SimulationConfig config;
        try {
            config = SimulationConfig.DEFAULT.withSeed(seed).withStep(stepLength_s);
        } catch (IllegalArgumentException e) {
            throw new UserError("--step-length: " + e.getMessage());
        }
        try {
            config = config.withModel(model == null ? null : SimulationModel.parse(model));
        } catch (IllegalArgumentException e) {
            throw new UserError("--model: " + e.getMessage());
        }
        SignalControllers.Entry entry = lookup(controller);
        SignalProtocol chosen = protocol == null ? entry.defaultProtocol() : protocolByName(protocol);
        long start = System.nanoTime();
        Scenario scenario = loadScenario();
        for (String warning : scenario.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        Simulation simulation = scenario.newSimulation(entry.factory(), chosen, config);
        for (String incident : incidents == null ? List.<String>of() : incidents) {
            simulation.blockLane(parseIncident(simulation.network(), incident));
        }
        DetectorLayout layout;
        try {
            layout = loopStations == null
                    ? DetectorLayout.DEFAULT
                    : DetectorLayout.DEFAULT.withLoopStations(loopStations);
        } catch (IllegalArgumentException e) {
            throw new UserError("--loop-stations: " + e.getMessage());
        }
        DetectorOutput detectorOutput = null;
        if (detectors != null || detectorsSocket != null || detectorsKafka != null) {
            detectorOutput = DetectorOutput.open(detectors, detectorsSocket, detectorsKafka);
            simulation.addObserver(new VirtualDetectors(simulation, layout, seed, detectorOutput));
        }
        if (truth != null) {
            DetectorOutput.writeTruth(truth, simulation.network(), simulation.laneBlocks());
        }
        ReplayWriter replayWriter = null;
        if (out != null) {
            Files.createDirectories(out);
            if (replay) {
                replayWriter = ReplayWriter.open(out.resolve("replay.txt.gz"), simulation);
                simulation.addObserver(replayWriter);
            }
        }
        try (StepProgress progress = StepProgress.start("simulate", steps, noProgress)) {
            for (int i = 0; i < steps; i++) {
                simulation.step();
                progress.stepTo(i + 1);
            }
        } finally {
            if (replayWriter != null) {
                replayWriter.close();
            }
            if (detectorOutput != null) {
                detectorOutput.close();
            }
        }
        double wall_s = (System.nanoTime() - start) / 1e9;
        Map<String, Object> summary = SummaryDocument.of(simulation, controller, chosen.name(), wall_s);
        summary.put("roadnet", roadnet.toString());
        summary.put("flow", flow.toString());
        summary.put("seed", seed);
        summary.put("model", simulation.model().name().toLowerCase(java.util.Locale.ROOT));
        if (detectorOutput != null) {
            summary.put("detectorRecords", detectorOutput.records());
        }
        if (out != null) {
            JSON.writeValue(out.resolve("summary.json").toFile(), summary);
            writeSeries(simulation, out.resolve("series.csv"));
        }
        if (json) {
            spec.commandLine().getOut().println(JSON.writeValueAsString(summary));
        } else {
            spec.commandLine().getOut().print(SummaryDocument.table(summary));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Scenario loadScenario() throws InvalidInputException {
        Path net = sumoNet != null ? sumoNet : roadnet;
        Path demand = sumoRoutes != null ? sumoRoutes : flow;
        if (net == null || demand == null) {
            throw new UserError("give a network and a demand: --roadnet and --flow (CityFlow JSON or SUMO XML),"
                    + " or --sumo-net and --sumo-routes");
        }
        if (sumoNet != null && roadnet != null || sumoRoutes != null && flow != null) {
            throw new UserError("give either --roadnet/--flow or --sumo-net/--sumo-routes, not both");
        }
        boolean sumo = sumoNet != null || SumoScenarios.isSumoFile(net);
        if (sumo != (sumoRoutes != null || SumoScenarios.isSumoFile(demand))) {
            throw new UserError("the network and the demand must both be CityFlow JSON or both SUMO XML");
        }
        roadnet = net;
        flow = demand;
        if (!sumo) {
            return Scenario.loadCityFlow(net, demand);
        }
        if (!(begin_s >= 0) || !Double.isFinite(begin_s)) {
            throw new UserError("--begin must be a time >= 0 s, got " + begin_s);
        }
        return SumoScenarios.load(net, demand, begin_s);
    }

    /** Parses ROAD:LANE:POSITION_M:FROM_S:UNTIL_S against the network. */
    static LaneBlock parseIncident(RoadNetwork network, String text) {
        String[] p = text.split(":");
        if (p.length != 5) {
            throw new UserError("--incident must be ROAD:LANE:POSITION_M:FROM_S:UNTIL_S, got '" + text + "'");
        }
        int road = network.findRoad(p[0])
                .orElseThrow(() -> new UserError("--incident: no road '" + p[0] + "' in the network"));
        try {
            int lane = Integer.parseInt(p[1]);
            if (lane < 0 || lane >= network.laneCount(road)) {
                throw new UserError("--incident: road " + p[0] + " has lanes 0.." + (network.laneCount(road) - 1)
                        + ", got " + lane);
            }
            int laneId = network.firstLane(road) + lane;
            double position = Double.parseDouble(p[2]);
            if (position > network.laneLength_m(laneId)) {
                throw new UserError("--incident: position " + position + " m is beyond the lane's "
                        + network.laneLength_m(laneId) + " m");
            }
            return new LaneBlock(laneId, position, Double.parseDouble(p[3]), Double.parseDouble(p[4]));
        } catch (NumberFormatException e) {
            throw new UserError("--incident: lane, position and times must be numbers in '" + text + "'");
        } catch (IllegalArgumentException e) {
            throw new UserError("--incident: " + e.getMessage());
        }
    }

    static SignalControllers.Entry lookup(String name) {
        try {
            return SignalControllers.builtIn().get(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--controller: " + e.getMessage());
        }
    }

    static SignalProtocol protocolByName(String name) {
        try {
            return SignalProtocol.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--protocol: " + e.getMessage());
        }
    }

    private static void writeSeries(Simulation simulation, Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
            w.println(String.join(",", Simulation.seriesColumns()));
            for (double[] row : simulation.series()) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(
                            row[i] == Math.rint(row[i])
                                    ? String.valueOf((long) row[i])
                                    : String.format(java.util.Locale.ROOT, "%.3f", row[i]));
                }
                w.println(line);
            }
        }
    }

    /** Keeps insertion order of summary fields. */
    static Map<String, Object> ordered() {
        return new LinkedHashMap<>();
    }
}
