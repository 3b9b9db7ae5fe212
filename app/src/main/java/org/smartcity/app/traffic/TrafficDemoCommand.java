package org.smartcity.app.traffic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity traffic demo}: runs the digital twin on a generated 4×4 grid with every built-in
 * controller and prints how they compare. Needs no external data.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the digital twin on a generated 4x4 grid with each signal controller and compare them.")
public final class TrafficDemoCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "4", description = "Grid rows (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--cols", defaultValue = "4", description = "Grid columns (default: ${DEFAULT-VALUE}).")
    int cols;

    @Option(
            names = "--vehicles-per-hour",
            defaultValue = "300",
            description = "Vehicles per hour per entry road (default: ${DEFAULT-VALUE}).")
    double vehiclesPerHour;

    @Override
    public Integer call() throws IOException, InvalidInputException {
        Path dir = Files.createTempDirectory("smartcity-demo");
        GridSpec spec = new GridSpec(rows, cols, 300, vehiclesPerHour, 0.2, 3600, 0);
        GridGenerator.GridFiles files = new GridGenerator().write(spec, dir);
        Scenario scenario = Scenario.loadCityFlow(files.roadnet(), files.flow());
        System.out.printf(
                Locale.ROOT,
                "Generated a %dx%d grid with %d vehicles in one hour (%s)%n%n",
                rows,
                cols,
                files.vehicles(),
                dir);
        System.out.printf(
                Locale.ROOT,
                "%-14s %-13s %10s %10s %10s %8s%n",
                "controller",
                "protocol",
                "ATT s",
                "delay s",
                "finished",
                "wall s");
        SignalControllers controllers = SignalControllers.builtIn();
        for (String name : controllers.names()) {
            SignalControllers.Entry entry = controllers.get(name);
            long start = System.nanoTime();
            Simulation sim = scenario.newSimulation(entry.factory(), entry.defaultProtocol(), SimulationConfig.DEFAULT);
            sim.run(3600);
            SimulationSummary s = sim.summary();
            System.out.printf(
                    Locale.ROOT,
                    "%-14s %-13s %10.1f %10.1f %10d %8.2f%n",
                    name,
                    entry.defaultProtocol().name(),
                    s.averageTravelTime_s(),
                    s.averageDelay_s(),
                    s.finished(),
                    (System.nanoTime() - start) / 1e9);
        }
        System.out.println();
        System.out.println("Try: ./smartcity traffic simulate --roadnet " + files.roadnet() + " --flow " + files.flow()
                + " --controller max-service");
        return 0;
    }
}
