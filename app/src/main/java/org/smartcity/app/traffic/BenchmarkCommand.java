package org.smartcity.app.traffic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.benchmark.BenchmarkRow;
import org.smartcity.traffic.benchmark.BenchmarkRunner;
import org.smartcity.traffic.benchmark.DataSet;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity traffic benchmark}: every controller on every data set it finds, under the research
 * and the practitioner protocol; writes the table as Markdown and JSON and a bar chart.
 */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        description = "Compare signal controllers on every network and flow found (ATT, delay, throughput, max wait).")
public final class BenchmarkCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            defaultValue = "../shared/data/traffic",
            description = "Folder searched for data sets: a folder with one roadnet*.json and flow files beside it "
                    + "(default: ${DEFAULT-VALUE}; generated grids when none is found).")
    Path data;

    @Option(names = "--controllers", split = ",", description = "Controllers to compare (default: all).")
    List<String> controllers;

    @Option(
            names = "--protocol",
            split = ",",
            defaultValue = "cityflow,practitioner",
            description = "Protocols to run under (default: ${DEFAULT-VALUE}); 'plan' always runs its own timing.")
    List<String> protocols;

    @Option(
            names = "--out",
            defaultValue = "bench-out/signal",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--steps", defaultValue = "3600", description = "Steps per run (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Runs in parallel (default: number of cores).")
    Integer threads;

    @Option(names = "--json", description = "Print the rows as a JSON list instead of a table.")
    boolean json;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException, InvalidInputException, InterruptedException {
        if (steps <= 0) {
            throw new UserError("--steps must be positive, got " + steps);
        }
        SignalControllers registry = SignalControllers.builtIn();
        List<String> names = controllers == null ? new ArrayList<>(registry.names()) : controllers;
        for (String name : names) {
            SimulateCommand.lookup(name);
        }
        List<SignalProtocol> chosen =
                protocols.stream().map(SimulateCommand::protocolByName).toList();
        Files.createDirectories(out);
        List<DataSet> sets = DataSet.discover(data);
        PrintWriter err = spec.commandLine().getErr();
        if (sets.isEmpty()) {
            err.println("no data sets under " + data + "; generating 4x4 and 6x6 grids in " + out.resolve("generated"));
            sets = generated(out.resolve("generated"));
        }
        BenchmarkRunner runner = new BenchmarkRunner(registry);
        List<BenchmarkRunner.Task> tasks = runner.plan(sets, names, chosen);
        List<BenchmarkRow> rows;
        try (StepProgress progress = StepProgress.start("benchmark", (long) tasks.size() * steps, noProgress)) {
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            rows = runner.run(
                    tasks,
                    steps,
                    seed,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    n -> progress.stepTo(done.addAndGet(n)));
        }
        List<String> table = BenchmarkReport.markdown(rows);
        Files.write(out.resolve("results.md"), table);
        JSON.writeValue(out.resolve("results.json").toFile(), rows);
        BenchmarkReport.chart(rows, out.resolve("results.png"));
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(JSON.writeValueAsString(rows));
        } else {
            table.forEach(o::println);
            o.println();
            o.println("written: " + out.resolve("results.md") + ", results.json, results.png");
        }
        o.flush();
        return 0;
    }

    private static List<DataSet> generated(Path dir) throws IOException {
        List<DataSet> sets = new ArrayList<>();
        for (int n : new int[] {4, 6}) {
            Path folder = dir.resolve("grid_" + n + "x" + n);
            GridGenerator.GridFiles files =
                    new GridGenerator().write(new GridSpec(n, n, 300, 300, 0.2, 3600, 0), folder);
            sets.add(new DataSet(folder.getFileName().toString(), files.roadnet(), List.of(files.flow())));
        }
        return sets;
    }
}
