package org.smartcity.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.traffic.ScenarioFiles;
import org.smartcity.app.web.Authenticator;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.traffic.OperatorActionLog;
import org.smartcity.app.web.traffic.TrafficDashboard;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.live.TwinFrame;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.sim.SimulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench dashboard}: the operations dashboard's server with a live twin of a network
 * (Hangzhou by default) while N browsers' worth of SSE clients watch: the speed factor the twin keeps
 * against its target, and the frame rate and latency each client sees. A second phase runs the twin as
 * fast as possible to show the headroom. Everything runs in this JVM on 127.0.0.1.
 */
@Command(
        name = "dashboard",
        mixinStandardHelpOptions = true,
        description = "Live twin at a target speed while SSE clients watch: achieved speed, frame rate, latency.")
public final class DashboardBench implements Callable<Integer> {
    private static final Pattern HEAD =
            Pattern.compile("\"publishedAt_ms\":(\\d+),\"step\":(\\d+),\"time_s\":([0-9.E-]+)");

    @Option(
            names = "--data",
            defaultValue = "../shared/data/traffic",
            description = "Traffic data folder with hangzhou_4x4/ (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--roadnet",
            description = "CityFlow roadnet or SUMO .net.xml (default: Hangzhou 4×4 under --data).")
    Path roadnet;

    @Option(
            names = "--begin",
            defaultValue = "0",
            description = "SUMO's begin time for SUMO files, which becomes time 0 (default: ${DEFAULT-VALUE}).")
    double begin_s;

    @Option(names = "--flow", description = "CityFlow flow (default: anon_4_4_hangzhou_real.json under --data).")
    Path flow;

    @Option(
            names = "--controller",
            defaultValue = "max-pressure",
            description = "Controller (default: ${DEFAULT-VALUE}).")
    String controller;

    @Option(names = "--clients", defaultValue = "20", description = "SSE clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--speed", defaultValue = "10", description = "Target speed factor (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(
            names = "--seconds",
            defaultValue = "45",
            description = "Wall seconds at the target speed (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--frame-rate",
            defaultValue = "5",
            description = "Frames per second the server streams (default: ${DEFAULT-VALUE}).")
    double frameRate;

    /** What the clients saw in one phase. */
    private static final class Watch {
        final ConcurrentLinkedQueue<Long> latencies_ms = new ConcurrentLinkedQueue<>();
        final AtomicLong[] frames;

        Watch(int clients) {
            frames = new AtomicLong[clients];
            for (int i = 0; i < clients; i++) {
                frames[i] = new AtomicLong();
            }
        }
    }

    private volatile Watch watch;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 500 || seconds < 1 || seconds > 3600) {
            throw new UserError("--clients must be in 1..500 and --seconds in 1..3600");
        }
        Path r = roadnet != null ? roadnet : data.resolve("hangzhou_4x4/roadnet_4_4.json");
        Path f = flow != null ? flow : data.resolve("hangzhou_4x4/anon_4_4_hangzhou_real.json");
        if (!Files.isRegularFile(r) || !Files.isRegularFile(f)) {
            throw new UserError("network not found: " + r + " and " + f + " (give --roadnet and --flow, or --data)");
        }
        Scenario scenario;
        try {
            scenario = ScenarioFiles.load(r, f, begin_s, new java.io.PrintWriter(System.err, true));
        } catch (InvalidInputException e) {
            throw new UserError(e.getMessage(), e);
        }
        SignalControllers.Entry entry = SignalControllers.builtIn().get(controller);
        LiveTwin.Settings settings = new LiveTwin.Settings(
                controller, entry.defaultProtocol(), SimulationConfig.DEFAULT, speed, 3600, frameRate, false);
        String token = UUID.randomUUID().toString();
        Authenticator benchOnly = ctx -> token.equals(ctx.header("X-Bench-Token"))
                ? Optional.of(new WebUser("bench", Set.of(Role.TRAFFIC_OPERATOR)))
                : Optional.empty();
        Path uploads = Files.createTempDirectory("smartcity-bench-uploads");
        OperatorActionLog quiet = (user, action, detail) -> {};
        TrafficDashboard dashboard = new TrafficDashboard(scenario, settings, uploads, Optional.empty(), quiet);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        try (WebServer server = WebServer.start("127.0.0.1", 0, benchOnly, List.of(dashboard))) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            URI stream = URI.create("http://127.0.0.1:" + server.port() + "/api/traffic/stream");
            watch = new Watch(clients);
            for (int i = 0; i < clients; i++) {
                int client = i;
                Thread t = new Thread(() -> watchStream(http, stream, token, client, stop), "bench-client-" + i);
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (dashboard.watchers() < clients && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (dashboard.watchers() < clients) {
                throw new UserError("only " + dashboard.watchers() + " of " + clients + " clients connected");
            }
            System.out.printf(
                    Locale.ROOT,
                    "network %s: %d junctions, %d lanes, %d vehicles; %s; %d SSE clients%n",
                    scenario.name(),
                    scenario.network().intersectionCount(),
                    scenario.network().laneCount(),
                    scenario.demand().vehicleCount(),
                    controller,
                    clients);
            System.out.println(
                    "| phase | target | achieved speed | frames/s per client (mean, min) | latency p50 / p95 / max ms |");
            System.out.println("|---|---|---|---|---|");
            Phase paced = phase(dashboard, seconds);
            print("paced", "×" + fmt(speed), paced);
            dashboard.twin().setSpeed(LiveTwin.AS_FAST_AS_POSSIBLE).get(10, TimeUnit.SECONDS);
            Phase fastest = phase(dashboard, Math.min(seconds, 10));
            print("as fast as possible", "max", fastest);
            System.out.printf(
                    Locale.ROOT,
                    "target ×%s kept with %d clients: %s (achieved ×%.2f)%n",
                    fmt(speed),
                    clients,
                    paced.speed >= 0.95 * speed ? "yes" : "NO",
                    paced.speed);
        } finally {
            stop.set(true);
            dashboard.close();
            for (Thread t : threads) {
                t.interrupt();
            }
        }
        return 0;
    }

    private record Phase(double speed, double meanFps, double minFps, long p50, long p95, long max, boolean finished) {}

    private Phase phase(TrafficDashboard dashboard, int wallSeconds) throws InterruptedException {
        Watch w = new Watch(clients);
        watch = w;
        TwinFrame start = dashboard.twin().latestFrame();
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.SECONDS.toNanos(wallSeconds);
        while (System.nanoTime() < end && dashboard.twin().latestFrame().status() != TwinFrame.Status.FINISHED) {
            Thread.sleep(50);
        }
        double wall_s = (System.nanoTime() - t0) * 1e-9;
        TwinFrame last = dashboard.twin().latestFrame();
        double achieved = (last.time_s() - start.time_s()) / wall_s;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (AtomicLong n : w.frames) {
            double fps = n.get() / wall_s;
            sum += fps;
            min = Math.min(min, fps);
        }
        List<Long> lat = new ArrayList<>(w.latencies_ms);
        Collections.sort(lat);
        return new Phase(
                achieved,
                sum / clients,
                min,
                pct(lat, 0.5),
                pct(lat, 0.95),
                lat.isEmpty() ? -1 : lat.get(lat.size() - 1),
                last.status() == TwinFrame.Status.FINISHED);
    }

    private static long pct(List<Long> sorted, double q) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static void print(String name, String target, Phase p) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | ×%.1f%s | %.1f, %.1f | %d / %d / %d |%n",
                name,
                target,
                p.speed,
                p.finished ? " (reached the end of the hour)" : "",
                p.meanFps,
                p.minFps,
                p.p50,
                p.p95,
                p.max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private void watchStream(HttpClient http, URI uri, String token, int client, AtomicBoolean stop) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream")
                .header("X-Bench-Token", token)
                .build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            boolean frameEvent = false;
            try (Stream<String> lines = response.body()) {
                for (var it = lines.iterator(); it.hasNext() && !stop.get(); ) {
                    String line = it.next();
                    if (line.startsWith("event: ")) {
                        frameEvent = line.equals("event: frame");
                    } else if (frameEvent && line.startsWith("data: ")) {
                        long now = System.currentTimeMillis();
                        Matcher m = HEAD.matcher(line);
                        if (m.find()) {
                            Watch w = watch;
                            w.frames[client].incrementAndGet();
                            w.latencies_ms.add(now - Long.parseLong(m.group(1)));
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            if (!stop.get()) {
                System.err.println("client " + client + " lost the stream: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
