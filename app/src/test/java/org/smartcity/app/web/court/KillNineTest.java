package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;

/**
 * No data lost: the server runs in a child JVM on a temp data folder; while clients import cases and record
 * decisions, the child is killed with SIGKILL. After a restart, every acknowledged write is there and the store and
 * the audit chain agree.
 */
class KillNineTest {
    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    private record Child(Process process, int port) {}

    private Child startServer() throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.smartcity.app.SmartcityCli",
                "serve",
                "--port",
                "0",
                "--data",
                dir.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(x -> {}), "child-output");
                drain.setDaemon(true);
                drain.start();
                return new Child(p, Integer.parseInt(m.group(1)));
            }
        }
        p.destroyForcibly().waitFor();
        throw new AssertionError("the server did not start");
    }

    @Test
    void killDuringImportsAndDecisionsLosesNothingAcknowledged() throws Exception {
        try (Platform p = Platform.open(Database.h2Url(dir), 4)) {
            p.accounts().create("test", "police", "police-password".toCharArray(), Set.of("POLICE"));
        }
        ConcurrentLinkedQueue<String> acknowledgedImports = new ConcurrentLinkedQueue<>();
        AtomicInteger acknowledgedDecisions = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            Child child = startServer();
            try {
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> clients = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    String prefix = "KILL-" + round + "-" + t + "-";
                    Thread client = new Thread(
                            () -> work(child.port(), prefix, stop, acknowledgedImports, acknowledgedDecisions),
                            "client-" + t);
                    client.start();
                    clients.add(client);
                }
                int before = acknowledgedImports.size();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
                while (acknowledgedImports.size() < before + 6 && System.nanoTime() < until) {
                    Thread.sleep(20);
                }
                child.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
                assertThat(child.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
                stop.set(true);
                for (Thread c : clients) {
                    c.join(30_000);
                }
            } finally {
                child.process().destroyForcibly();
            }
        }
        assertThat(acknowledgedImports)
                .as("writes acknowledged before the kills")
                .hasSizeGreaterThanOrEqualTo(4);

        try (Platform p = Platform.open(Database.h2Url(dir), 4)) {
            assertThat(p.audit().verify().intact()).isTrue();
            assertThat(p.stateProblems()).isEmpty();
            for (String ref : acknowledgedImports) {
                assertThat(p.cases().findByRef(ref)).as(ref).isPresent();
            }
            long decisions = p.cases().list().stream()
                    .mapToLong(c -> p.cases().decisions(c.id()).size())
                    .sum();
            assertThat(decisions).isGreaterThanOrEqualTo(acknowledgedDecisions.get());
            long decisionEntries = p.audit().recent(100_000).stream()
                    .filter(e -> e.action().startsWith("finding."))
                    .count();
            assertThat(decisionEntries).isEqualTo(decisions);
        }
        Child again = startServer();
        try {
            Browser police = new Browser(again.port());
            assertThat(police.login("police", "police-password")).isEqualTo(200);
            assertThat(police.json(police.get("/api/cases")).size()).isGreaterThanOrEqualTo(acknowledgedImports.size());
        } finally {
            again.process().destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** One client: imports cases and dismisses their first finding until stopped or the server dies. */
    private static void work(
            int port,
            String prefix,
            AtomicBoolean stop,
            ConcurrentLinkedQueue<String> imports,
            AtomicInteger decisions) {
        try {
            Browser police = new Browser(port);
            if (police.login("police", "police-password") != 200) {
                return;
            }
            for (int i = 0; !stop.get(); i++) {
                String ref = prefix + i;
                HttpResponse<String> r =
                        police.post("/api/cases", CaseFiles.theft(ref).toString());
                if (r.statusCode() != 201) {
                    return;
                }
                imports.add(ref);
                long id = police.json(r).path("id").asLong();
                JsonNode view = police.json(police.get("/api/cases/" + id));
                JsonNode finding =
                        view.path("review").path("result").path("findings").get(0);
                String body = CaseFiles.JSON
                        .createObjectNode()
                        .put("review", view.path("review").path("id").asLong())
                        .put("finding", finding.path("identity").asText())
                        .put("decision", "dismiss")
                        .put("reason", "kill test " + ref)
                        .toString();
                if (police.post("/api/cases/" + id + "/decisions", body).statusCode() == 201) {
                    decisions.incrementAndGet();
                }
            }
        } catch (Exception e) {
            // the server was killed under this client: expected
        }
    }
}
