package org.smartcity.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.app.cli.Jars;
import org.smartcity.app.cli.UserError;

/**
 * Runs {@code smartcity traffic simulate … --json} in a fresh JVM, so that a benchmark can report the
 * wall time with JVM start (measured here, around the process) and without it (the {@code wall_s} the
 * run reports itself: reading the files and simulating).
 */
final class ChildRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finished run: process wall time and the run's own summary. */
    record Result(double processWall_s, JsonNode summary) {
        double simulateWall_s() {
            return summary.path("wall_s").asDouble();
        }
    }

    private ChildRun() {}

    /** The runnable jar this code was loaded from ({@link Jars#ownJar()}). */
    static Path ownJar() {
        return Jars.ownJar();
    }

    /**
     * Simulates in a child JVM. {@code prefix} is put before {@code java} (e.g. {@code taskset -c 0});
     * {@code jvmOptions} after it.
     */
    static Result simulate(List<String> prefix, List<String> jvmOptions, List<String> simulateArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(ownJar().toString());
        command.add("traffic");
        command.add("simulate");
        command.addAll(simulateArgs);
        command.add("--json");
        command.add("--no-progress");
        Path out = Files.createTempFile("smartcity-bench", ".json");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            int code = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            if (code != 0) {
                throw new UserError("benchmark run failed (exit " + code + "): " + String.join(" ", command));
            }
            return new Result(wall, JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Median of the values; the mean of the middle two for an even count. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** {@code taskset -c 0} when the machine has it, so a run uses one core; else nothing. */
    static List<String> oneCore() {
        return Files.isExecutable(Path.of("/usr/bin/taskset")) ? List.of("/usr/bin/taskset", "-c", "0") : List.of();
    }
}
