package org.smartcity.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.court.CourtWorkspace;
import org.smartcity.app.web.court.DemoData;
import org.smartcity.platform.Platform;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench web}: the court workspace under load on loopback. A fresh H2 store holds {@code --cases}
 * cases spread over the three stages; {@code --users} simulated people (police, prosecutors, judges) each sign in
 * once and then, with a think time between requests, open their work queue, open a case page, open an evidence item
 * (a logged write) and now and then record a decision on a finding (a write with an audit entry). Latency is measured
 * per request from send to full response, after a warm-up; sign-in (bcrypt) is not part of it. Server and clients
 * share the machine.
 */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = "Court workspace load test on loopback: concurrent users browsing and reviewing; p50/p99.")
public final class WebBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--users", defaultValue = "200", description = "Concurrent users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--cases", defaultValue = "60", description = "Cases in the store (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(
            names = "--seconds",
            defaultValue = "30",
            description = "Measured time after a 10 s warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
            names = "--think-ms",
            defaultValue = "1000",
            description = "Mean think time between a user's requests, uniform 0.5x..1.5x (default: ${DEFAULT-VALUE}).")
    int thinkMs;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    private enum Kind {
        QUEUE_PAGE,
        CASE_PAGE,
        OPEN_EVIDENCE,
        DECISION
    }

    /** Latencies of one kind, in microseconds; synchronized. */
    private static final class Samples {
        private long[] values = new long[1024];
        private int size;
        private int errors;

        synchronized void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        synchronized void error() {
            errors++;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("smartcity-bench-web");
        // bcrypt cost 4 only to set up 30 accounts quickly; sign-in is not measured
        try (Platform platform = Platform.open(Database.h2Url(dir), 4)) {
            CourtWorkspace workspace = new CourtWorkspace(platform);
            List<String[]> accounts = seed(platform, workspace);
            try (WebServer server = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace))) {
                run(server.port(), accounts);
            }
        }
        return 0;
    }

    private List<String[]> seed(Platform platform, CourtWorkspace workspace) throws IOException {
        List<String[]> accounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (Role role : new Role[] {Role.POLICE, Role.PROSECUTOR, Role.JUDGE}) {
                String name = role.name().toLowerCase(Locale.ROOT) + i;
                platform.accounts().create("bench", name, (name + "-password").toCharArray(), Set.of(role.name()));
                accounts.add(new String[] {name, name + "-password"});
            }
        }
        WebUser police = new WebUser("police0", Set.of(Role.POLICE));
        WebUser prosecutor = new WebUser("prosecutor0", Set.of(Role.PROSECUTOR));
        List<String> files = DemoData.sampleFiles();
        for (int i = 0; i < cases; i++) {
            ObjectNode doc = (ObjectNode) JSON.readTree(DemoData.sampleCase(files.get(i % files.size())));
            doc.put("caseId", doc.path("caseId").asText() + "-" + i);
            StoredCase sc = workspace.cases().importCase(police, "bench", JSON.writeValueAsBytes(doc));
            if (i % 3 >= 1) {
                workspace.cases().transfer(police, sc.id(), true, "");
            }
            if (i % 3 == 2) {
                workspace.cases().review(prosecutor, sc.id());
                workspace.cases().transfer(prosecutor, sc.id(), true, "");
            }
        }
        return accounts;
    }

    private void run(int port, List<String[]> accounts) throws Exception {
        String base = "http://127.0.0.1:" + port;
        ExecutorService io = Executors.newFixedThreadPool(8);
        HttpClient http = HttpClient.newBuilder()
                .executor(io)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Map<Kind, Samples> samples = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            samples.put(k, new Samples());
        }
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(10);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger signedIn = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(users);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String[] account = accounts.get(u % accounts.size());
            Random random = new Random(seed + u);
            Thread t = new Thread(
                    () -> {
                        try {
                            user(http, base, account, random, measureFrom, end, samples, signedIn);
                        } catch (Exception e) {
                            samples.get(Kind.QUEUE_PAGE).error();
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-user-" + u);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await(seconds + 120L, TimeUnit.SECONDS);
        io.shutdownNow();
        System.out.printf(
                Locale.ROOT,
                "court workspace on loopback, H2: %d users (%d signed in), %d cases, think time %d ms ± 50 %%,"
                        + " %d s measured after 10 s warm-up%n",
                users,
                signedIn.get(),
                cases,
                thinkMs,
                seconds);
        System.out.printf(
                Locale.ROOT,
                "%-14s %9s %8s %9s %9s %9s %9s %7s%n",
                "request",
                "count",
                "per s",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "max ms",
                "errors");
        long[] all = new long[0];
        int errors = 0;
        for (Kind k : Kind.values()) {
            long[] s = samples.get(k).sorted();
            errors += samples.get(k).errors;
            print(k.name().toLowerCase(Locale.ROOT).replace('_', '-'), s, samples.get(k).errors);
            long[] merged = Arrays.copyOf(all, all.length + s.length);
            System.arraycopy(s, 0, merged, all.length, s.length);
            all = merged;
        }
        Arrays.sort(all);
        print("all", all, errors);
    }

    private void print(String name, long[] sorted, int errors) {
        System.out.printf(
                Locale.ROOT,
                "%-14s %9d %8.1f %9.1f %9.1f %9.1f %9.1f %7d%n",
                name,
                sorted.length,
                sorted.length / (double) seconds,
                pct(sorted, 0.50),
                pct(sorted, 0.90),
                pct(sorted, 0.99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0,
                errors);
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }

    private void user(
            HttpClient http,
            String base,
            String[] account,
            Random random,
            long measureFrom,
            long end,
            Map<Kind, Samples> samples,
            AtomicInteger signedIn)
            throws Exception {
        Thread.sleep(random.nextInt(Math.max(1, thinkMs)));
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                                .put("name", account[0])
                                .put("password", account[1])
                                .toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode());
        }
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        String csrf = JSON.readTree(login.body()).path("csrfToken").asText();
        signedIn.incrementAndGet();
        while (System.nanoTime() < end) {
            HttpResponse<String> list =
                    timed(http, get(base + "/api/cases", cookie), Kind.QUEUE_PAGE, measureFrom, samples);
            timed(http, get(base + "/cases", cookie), Kind.QUEUE_PAGE, measureFrom, samples);
            think(random);
            JsonNode queue = JSON.readTree(list.body());
            if (queue.isEmpty()) {
                continue;
            }
            long id = queue.get(random.nextInt(queue.size())).path("id").asLong();
            timed(http, get(base + "/cases/" + id, cookie), Kind.CASE_PAGE, measureFrom, samples);
            think(random);
            HttpResponse<String> view =
                    timed(http, get(base + "/api/cases/" + id, cookie), Kind.CASE_PAGE, measureFrom, samples);
            JsonNode v = JSON.readTree(view.body());
            JsonNode evidence = v.path("document").path("evidence");
            if (!evidence.isEmpty()) {
                String eid =
                        evidence.get(random.nextInt(evidence.size())).path("id").asText();
                timed(
                        http,
                        get(base + "/cases/" + id + "/evidence/" + eid, cookie),
                        Kind.OPEN_EVIDENCE,
                        measureFrom,
                        samples);
                think(random);
            }
            JsonNode findings = v.path("review").path("result").path("findings");
            boolean mayDecide = false;
            for (JsonNode a : v.path("allowed")) {
                mayDecide |= a.asText().equals("decide_finding");
            }
            if (mayDecide && !findings.isEmpty() && random.nextInt(4) == 0) {
                String body = JSON.createObjectNode()
                        .put("review", v.path("review").path("id").asLong())
                        .put(
                                "finding",
                                findings.get(random.nextInt(findings.size()))
                                        .path("identity")
                                        .asText())
                        .put("decision", "dismiss")
                        .put("reason", "load test")
                        .toString();
                timed(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/cases/" + id + "/decisions"))
                                .header("Cookie", cookie)
                                .header("X-CSRF-Token", csrf)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        Kind.DECISION,
                        measureFrom,
                        samples);
                think(random);
            }
        }
    }

    private static HttpRequest get(String url, String cookie) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    private void think(Random random) throws InterruptedException {
        if (thinkMs > 0) {
            Thread.sleep(thinkMs / 2 + random.nextInt(Math.max(1, thinkMs)));
        }
    }

    private static HttpResponse<String> timed(
            HttpClient http, HttpRequest request, Kind kind, long measureFrom, Map<Kind, Samples> samples)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long t1 = System.nanoTime();
        if (t0 >= measureFrom) {
            if (r.statusCode() >= 400) {
                samples.get(kind).error();
            } else {
                samples.get(kind).add((t1 - t0) / 1000);
            }
        }
        return r;
    }
}
