package org.smartcity.app.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.traffic.ScenarioFiles;
import org.smartcity.app.web.WebFeature;
import org.smartcity.app.web.traffic.OperatorActionLog;
import org.smartcity.app.web.traffic.TrafficDashboard;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;
import picocli.CommandLine.Option;

/** Options of {@code smartcity serve} that belong to the traffic operations dashboard (issue 6). */
public final class TrafficServeOptions {

    @Option(
            names = "--roadnet",
            description =
                    "Network of the live twin: a CityFlow roadnet or a SUMO .net.xml (default: a generated grid).")
    Path roadnet;

    @Option(names = "--flow", description = "Demand for --roadnet: a CityFlow flow file or a SUMO .rou.xml.")
    Path flow;

    @Option(
            names = "--begin",
            defaultValue = "0",
            description = "SUMO's begin time for SUMO files, which becomes time 0 (default: ${DEFAULT-VALUE}).")
    double begin_s;

    @Option(
            names = "--grid",
            defaultValue = "4",
            description = "Without --roadnet: size N of the generated N×N grid (default: ${DEFAULT-VALUE}).")
    int grid;

    @Option(
            names = "--controller",
            defaultValue = "max-pressure",
            description = "Signal controller the twin starts with (default: ${DEFAULT-VALUE}).")
    String controller;

    @Option(
            names = "--protocol",
            description = "Signal protocol of the twin: cityflow, practitioner or native (default: the controller's).")
    String protocol;

    @Option(
            names = "--speed",
            defaultValue = "1",
            description =
                    "Simulated seconds per wall-clock second; 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--horizon",
            defaultValue = "3600",
            description = "Period of the demand: every this many simulated seconds the flows start again, so the"
                    + " twin keeps running (default: ${DEFAULT-VALUE}); with --stop-at-horizon the twin stops there.")
    double horizon_s;

    @Option(names = "--stop-at-horizon", description = "Stop advancing at --horizon instead of repeating the demand.")
    boolean stopAtHorizon;

    @Option(
            names = "--frame-rate",
            defaultValue = "5",
            description = "Frames streamed to browsers per second (default: ${DEFAULT-VALUE}).")
    double frameRate_hz;

    @Option(
            names = "--benchmark",
            description =
                    "Folder with results.json of 'smartcity traffic benchmark --out DIR' for the comparison page.")
    Path benchmark;

    @Option(names = "--no-traffic", description = "Do not start the traffic dashboard.")
    boolean disabled;

    /**
     * The dashboard feature with its twin started, or empty with {@code --no-traffic}.
     *
     * @param actions where operators' changes are recorded (the audit log when served with the workspace)
     */
    public Optional<WebFeature> feature(Path dataDir, OperatorActionLog actions) {
        if (disabled) {
            return Optional.empty();
        }
        return Optional.of(dashboard(dataDir, actions));
    }

    /**
     * Loads the network (or writes and loads the generated grid under {@code dataDir}) and starts the
     * dashboard.
     *
     * @throws UserError naming the file and the reason when the network or flow cannot be used
     */
    public TrafficDashboard dashboard(Path dataDir, OperatorActionLog actions) {
        LiveTwin.Settings settings = settings();
        Scenario scenario = scenario(dataDir);
        return new TrafficDashboard(
                scenario, settings, dataDir.resolve("traffic-uploads"), Optional.ofNullable(benchmark), actions);
    }

    LiveTwin.Settings settings() {
        SignalControllers.Entry entry;
        try {
            entry = SignalControllers.builtIn().get(controller);
        } catch (IllegalArgumentException e) {
            throw new UserError("--controller: " + e.getMessage());
        }
        try {
            SignalProtocol chosen = protocol == null ? entry.defaultProtocol() : SignalProtocol.byName(protocol);
            return new LiveTwin.Settings(
                    controller,
                    chosen,
                    SimulationConfig.DEFAULT,
                    speed,
                    horizon_s,
                    frameRate_hz,
                    false,
                    !stopAtHorizon);
        } catch (IllegalArgumentException e) {
            throw new UserError("serve: " + e.getMessage());
        }
    }

    private Scenario scenario(Path dataDir) {
        if ((roadnet == null) != (flow == null)) {
            throw new UserError("--roadnet and --flow go together: give both, or neither for a generated grid");
        }
        try {
            if (roadnet != null) {
                return ScenarioFiles.load(roadnet, flow, begin_s, new java.io.PrintWriter(System.err, true));
            }
            if (grid < 1 || grid > 60) {
                throw new UserError("--grid must be in 1..60, got " + grid);
            }
            GridGenerator.GridFiles files = new GridGenerator()
                    .write(new GridSpec(grid, grid, 300, 300, 0.2, 3600, 0), dataDir.resolve("traffic-grid"));
            return Scenario.loadCityFlow(files.roadnet(), files.flow());
        } catch (InvalidInputException e) {
            throw new UserError("traffic network not loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError("cannot read or write the traffic network: " + e.getMessage(), e);
        }
    }
}
