package org.smartcity.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench fidelity}: runs the four CityFlow benchmark flows with the research protocol
 * and compares average travel time with CityFlow's published figures (shared data README).
 */
@Command(
        name = "fidelity",
        mixinStandardHelpOptions = true,
        description =
                "Compare ATT with CityFlow's figures on the Hangzhou and Jinan data (FixedTime and MaxPressure, 15 s).")
public final class FidelityBench implements Callable<Integer> {

    @Option(
            names = "--data",
            defaultValue = "../shared/data/traffic",
            description = "Traffic data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** CityFlow's figures: network folder, roadnet, flow, default plan, FixedTime 15 s, MaxPressure 15 s. */
    record Reference(String folder, String roadnet, String flow, double plan, double fixed, double maxPressure) {}

    static final List<Reference> REFERENCES = List.of(
            new Reference("hangzhou_4x4", "roadnet_4_4.json", "anon_4_4_hangzhou_real.json", 525.3, 615.0, 331.3),
            new Reference("hangzhou_4x4", "roadnet_4_4.json", "anon_4_4_hangzhou_real_5816.json", 537.8, 580.6, 429.1),
            new Reference("jinan_3x4", "roadnet_3_4.json", "anon_3_4_jinan_real.json", 444.8, 586.5, 315.6),
            new Reference("jinan_3x4", "roadnet_3_4.json", "anon_3_4_jinan_real_2000.json", Double.NaN, 472.8, 287.8));

    @Override
    public Integer call() throws InvalidInputException {
        if (!Files.isDirectory(data)) {
            throw new UserError("traffic data folder not found: " + data);
        }
        SignalControllers controllers = SignalControllers.builtIn();
        List<String> rows = new ArrayList<>();
        rows.add("| flow | vehicles | controller | CityFlow ATT s | smartcity ATT s | difference |");
        rows.add("|---|---|---|---|---|---|");
        for (Reference ref : REFERENCES) {
            Scenario scenario = Scenario.loadCityFlow(
                    data.resolve(ref.folder()).resolve(ref.roadnet()),
                    data.resolve(ref.folder()).resolve(ref.flow()));
            String[][] runs = {{"plan", "native"}, {"fixed-cycle", "cityflow"}, {"max-pressure", "cityflow"}};
            double[] expected = {ref.plan(), ref.fixed(), ref.maxPressure()};
            for (int k = 0; k < runs.length; k++) {
                Simulation sim = scenario.newSimulation(
                        controllers.get(runs[k][0]).factory(),
                        SignalProtocol.byName(runs[k][1]),
                        SimulationConfig.DEFAULT.withSeed(seed));
                sim.run(3600);
                double att = sim.summary().averageTravelTime_s();
                String diff = Double.isNaN(expected[k])
                        ? "–"
                        : String.format(Locale.ROOT, "%+.1f%%", 100 * (att - expected[k]) / expected[k]);
                rows.add(String.format(
                        Locale.ROOT,
                        "| %s/%s | %d | %s | %s | %.1f | %s |",
                        ref.folder(),
                        ref.flow().replace(".json", ""),
                        sim.summary().vehicles(),
                        runs[k][0],
                        Double.isNaN(expected[k]) ? "–" : String.format(Locale.ROOT, "%.1f", expected[k]),
                        att,
                        diff));
                System.err.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println();
        rows.forEach(System.out::println);
        return 0;
    }
}
