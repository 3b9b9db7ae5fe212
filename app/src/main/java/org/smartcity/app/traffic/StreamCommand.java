package org.smartcity.app.traffic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.smartcity.app.UserError;
import org.smartcity.stream.job.StreamSettings;
import org.smartcity.stream.job.TrafficStreamJob;
import org.smartcity.stream.sink.JsonLinesFileSink;
import org.smartcity.stream.source.RecordSources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity traffic stream}: the live traffic job on Apache Flink, embedded or on a cluster. */
@Command(
        name = "stream",
        mixinStandardHelpOptions = true,
        description = "Run the live traffic job (Apache Flink) over detector records: windows per lane and road, "
                + "camera statistics, travel times and incident alarms, written as JSON Lines to --out.")
public final class StreamCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", description = "JSON Lines file or folder of detector records (repeatable).")
    List<Path> inputs;

    @Option(names = "--socket", description = "Read JSON lines from this TCP server instead (HOST:PORT).")
    String socket;

    @Option(names = "--out", defaultValue = "stream-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--parallelism", defaultValue = "1", description = "Parallel tasks (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--window", defaultValue = "60", description = "Window length, s (default: ${DEFAULT-VALUE}).")
    long window_s;

    @Option(
            names = "--out-of-order",
            defaultValue = "5",
            description = "How far event time may go back, s (default: ${DEFAULT-VALUE}).")
    long outOfOrder_s;

    @Option(
            names = "--lateness",
            defaultValue = "30",
            description = "Allowed lateness of windows, s (default: ${DEFAULT-VALUE}).")
    long lateness_s;

    @Option(
            names = "--remote",
            description = "Submit to a running Flink cluster's REST endpoint (HOST:PORT) instead of running embedded; "
                    + "the job's jar is this program's jar.")
    String remote;

    @Override
    public Integer call() throws Exception {
        if ((inputs == null || inputs.isEmpty()) == (socket == null)) {
            throw new UserError("give either --input FILE… or --socket HOST:PORT");
        }
        if (parallelism < 1 || parallelism > 64) {
            throw new UserError("--parallelism must be in 1..64, got " + parallelism);
        }
        StreamSettings settings;
        try {
            settings = new StreamSettings(
                    window_s, Math.max(window_s, 300), outOfOrder_s * 1000, lateness_s * 1000, 10_000);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (inputs != null) {
            for (Path p : inputs) {
                if (!Files.exists(p)) {
                    throw new UserError("--input: no such file or folder: " + p);
                }
            }
        }
        StreamExecutionEnvironment env = environment();
        env.setParallelism(parallelism);
        DataStream<String> lines;
        if (socket != null) {
            HostPort hp = HostPort.parse("--socket", socket);
            lines = RecordSources.socket(env, hp.host(), hp.port());
        } else {
            lines = RecordSources.files(env, inputs);
        }
        Path folder = out.toAbsolutePath();
        Files.createDirectories(folder);
        TrafficStreamJob.fromLines(lines, settings, output -> new JsonLinesFileSink(folder, output));
        long start = System.nanoTime();
        JobExecutionResult result = env.execute("smartcity traffic stream");
        double wall_s = (System.nanoTime() - start) / 1e9;
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "job finished in %.1f s (%.1f s wall, parallelism %d); outputs in %s:%n",
                result.getNetRuntime(TimeUnit.MILLISECONDS) / 1000.0,
                wall_s,
                parallelism,
                folder);
        for (String name : TrafficStreamJob.OUTPUTS) {
            Path file = folder.resolve(name + ".jsonl");
            w.printf(Locale.ROOT, "  %-13s %8d lines%n", name, Files.exists(file) ? lines(file) : 0);
        }
        w.flush();
        return 0;
    }

    private StreamExecutionEnvironment environment() {
        if (remote == null) {
            // embedded (a MiniCluster in this JVM), or the cluster's context when started by `flink run`
            return StreamExecutionEnvironment.getExecutionEnvironment();
        }
        HostPort hp = HostPort.parse("--remote", remote);
        return StreamExecutionEnvironment.createRemoteEnvironment(
                hp.host(), hp.port(), org.smartcity.app.bench.Jars.ownJar().toString());
    }

    private static long lines(Path file) throws IOException {
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }
}
