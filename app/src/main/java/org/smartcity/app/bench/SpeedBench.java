package org.smartcity.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench speed}: wall time of one simulated hour of Hangzhou (anon_4_4_hangzhou_real,
 * the roadnet's own plan) in fresh JVMs, with and without JVM start, and SUMO 1.15 on the same network
 * and demand run side by side when {@code sumo} is installed.
 */
@Command(
        name = "speed",
        mixinStandardHelpOptions = true,
        description = "Wall time of one hour of Hangzhou: smartcity (JVM start in and out) against SUMO, side by side.")
public final class SpeedBench implements Callable<Integer> {

    @Option(
            names = "--data",
            defaultValue = "../shared/data/traffic",
            description = "Traffic data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--runs",
            defaultValue = "5",
            description = "Runs of each simulator; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--sumo",
            defaultValue = "sumo",
            description = "SUMO executable; skipped when not found (default: ${DEFAULT-VALUE}).")
    String sumo;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path roadnet = data.resolve("hangzhou_4x4/roadnet_4_4.json");
        Path flow = data.resolve("hangzhou_4x4/anon_4_4_hangzhou_real.json");
        Path sumoConfig = data.resolve("sumo-hangzhou_4x4/hangzhou_4x4_gudang_18041610_1h.sumocfg");
        if (!Files.isRegularFile(roadnet) || !Files.isRegularFile(flow)) {
            throw new UserError("Hangzhou data not found under " + data
                    + " (need hangzhou_4x4/roadnet_4_4.json and anon_4_4_hangzhou_real.json)");
        }
        if (runs < 1) {
            throw new UserError("--runs must be at least 1");
        }
        List<String> args = List.of("--roadnet", roadnet.toString(), "--flow", flow.toString(), "--controller", "plan");
        List<String> jvm = Launcher.jvmOptions();
        List<Double> withJvm = new ArrayList<>();
        List<Double> withoutJvm = new ArrayList<>();
        List<Double> pinnedWithJvm = new ArrayList<>();
        List<Double> pinnedWithoutJvm = new ArrayList<>();
        List<Double> sumoWall = new ArrayList<>();
        boolean haveSumo = Files.isRegularFile(sumoConfig) && onPath(sumo);
        double att = 0;
        for (int i = 0; i < runs; i++) {
            ChildRun.Result r = ChildRun.simulate(List.of(), jvm, args);
            withJvm.add(r.processWall_s());
            withoutJvm.add(r.simulateWall_s());
            ChildRun.Result pinned = ChildRun.simulate(ChildRun.oneCore(), jvm, args);
            pinnedWithJvm.add(pinned.processWall_s());
            pinnedWithoutJvm.add(pinned.simulateWall_s());
            att = r.summary().path("averageTravelTime_s").asDouble();
            if (haveSumo) {
                sumoWall.add(runSumo(sumoConfig));
            }
            System.err.printf(
                    Locale.ROOT,
                    "run %d/%d: smartcity %.2f s (%.2f s without JVM start), pinned %.2f s (%.2f s)%s%n",
                    i + 1,
                    runs,
                    r.processWall_s(),
                    r.simulateWall_s(),
                    pinned.processWall_s(),
                    pinned.simulateWall_s(),
                    haveSumo ? String.format(Locale.ROOT, ", SUMO %.2f s", sumoWall.get(i)) : "");
        }
        double mine = ChildRun.median(withJvm);
        System.out.println("| simulator | wall s (median of " + runs + ") | note |");
        System.out.println("|---|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| smartcity, JVM start included | %.2f | simulation on one thread, JIT/GC free to use the 2nd core; ATT %.1f s |%n",
                mine,
                att);
        System.out.printf(
                Locale.ROOT,
                "| smartcity, JVM start excluded | %.2f | reading both files + 3600 steps |%n",
                ChildRun.median(withoutJvm));
        System.out.printf(
                Locale.ROOT,
                "| smartcity pinned to one core (taskset -c 0), JVM start included | %.2f | JIT/GC share the core |%n",
                ChildRun.median(pinnedWithJvm));
        System.out.printf(
                Locale.ROOT,
                "| smartcity pinned to one core, JVM start excluded | %.2f | |%n",
                ChildRun.median(pinnedWithoutJvm));
        System.out.println(
                "| CityFlow, one thread (shared README) | 0.9–2.4 | measured on this machine type, not in this run |");
        if (haveSumo) {
            double s = ChildRun.median(sumoWall);
            System.out.printf(
                    Locale.ROOT,
                    "| SUMO %s, static plans, same run | %.2f | smartcity is %.1f× faster |%n",
                    sumoVersion(),
                    s,
                    s / mine);
        } else {
            System.out.println("| SUMO | – | not installed (apt-get install sumo) or SUMO files missing |");
        }
        return 0;
    }

    private double runSumo(Path config) throws IOException, InterruptedException {
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
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new UserError("SUMO failed with exit code " + code + " on " + config);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private String sumoVersion() {
        try {
            Process p = new ProcessBuilder(sumo, "--version")
                    .redirectErrorStream(true)
                    .start();
            String first = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("");
            p.waitFor();
            return first.replaceAll(".*Version\\s+", "").trim();
        } catch (IOException | InterruptedException e) {
            return "";
        }
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
