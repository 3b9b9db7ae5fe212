package org.smartcity.app.web.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.WebServer;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

/** The dashboard's HTTP API on a real server with a header-based test sign-in. */
class TrafficDashboardTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TestOperators.RecordingLog log = new TestOperators.RecordingLog();
    private TrafficDashboard dashboard;
    private WebServer server;

    @BeforeEach
    void start() throws Exception {
        Path bench = dir.resolve("bench");
        Files.createDirectories(bench);
        Files.writeString(
                bench.resolve("results.json"),
                "[{\"network\":\"grid\",\"flow\":\"f\",\"controller\":\"plan\",\"protocol\":\"native\",\"vehicles\":10,"
                        + "\"averageTravelTime_s\":101.5,\"averageDelay_s\":20,\"throughput\":10,\"maxWait_s\":3,"
                        + "\"maxEntryWait_s\":0,\"decision_ms\":1,\"decisions\":5,\"wall_s\":0.1}]");
        LiveTwin.Settings settings = new LiveTwin.Settings(
                "max-pressure", SignalProtocol.CITYFLOW, SimulationConfig.DEFAULT, 1, 3600, 20, true);
        dashboard = new TrafficDashboard(
                TestOperators.grid(dir, 2), settings, dir.resolve("uploads"), Optional.of(bench), log);
        server = WebServer.start("127.0.0.1", 0, TestOperators.AUTHENTICATOR, List.of(dashboard));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpRequest.Builder request(String path, String user, String role) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("X-Test-User", user).header("X-Test-Roles", role);
        }
        return b;
    }

    private HttpResponse<String> get(String path, String user, String role) throws Exception {
        return http.send(request(path, user, role).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                request(path, "wang", "TRAFFIC_OPERATOR")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyEndpointWantsATrafficOperator() throws Exception {
        for (String path : List.of("/api/traffic/frame", "/api/traffic/geometry", "/api/traffic/stream")) {
            assertThat(get(path, null, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "li", "JUDGE").statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> pause = http.send(
                request("/api/traffic/pause", "li", "PROSECUTOR")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pause.statusCode()).isEqualTo(403);
        assertThat(get("/api/traffic/frame", "zhao", "ADMIN").statusCode()).isEqualTo(200);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void theStreamSendsGeometryThenFramesAndARejoiningViewerGetsTheCurrentState() throws Exception {
        List<String> first = readEvents(3);
        assertThat(first)
                .extracting(e -> e.split("\n")[0])
                .containsExactly("event: geometry", "event: history", "event: frame");
        JsonNode geometry = JSON.readTree(first.get(0).split("\n", 2)[1].substring("data: ".length()));
        assertThat(geometry.path("signals")).hasSize(4);
        assertThat(geometry.path("laneCount").asInt()).isPositive();

        assertThat(post("/api/traffic/step", "{\"steps\": 30}").statusCode()).isEqualTo(200);
        List<String> again = readEvents(3);
        JsonNode frame = JSON.readTree(again.get(2).split("\n", 2)[1].substring("data: ".length()));
        assertThat(frame.path("step").asInt()).as("the run went on, no restart").isEqualTo(30);
        assertThat(frame.path("laneVehicles"))
                .hasSize(geometry.path("laneCount").asInt());
        assertThat(frame.path("phases")).hasSize(4);
        assertThat(dashboard.twin().latestFrame().step()).isEqualTo(30);
    }

    /** Opens the stream, reads {@code count} events ({@code event: …\ndata: …}) and disconnects. */
    private List<String> readEvents(int count) throws Exception {
        HttpResponse<Stream<String>> r = http.send(
                request("/api/traffic/stream", "wang", "TRAFFIC_OPERATOR")
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        try (Stream<String> lines = r.body()) {
            Iterator<String> it = lines.iterator();
            StringBuilder event = new StringBuilder();
            while (events.size() < count && it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (event.length() > 0) {
                        events.add(event.toString().strip());
                        event.setLength(0);
                    }
                } else if (!line.startsWith(":")) {
                    event.append(line).append('\n');
                }
            }
        }
        return events;
    }

    @Test
    void controlsChangeTheTwinAndAreLoggedWithTheUser() throws Exception {
        assertThat(post("/api/traffic/speed", "{\"speed\": 20}").statusCode()).isEqualTo(200);
        HttpResponse<String> sw =
                post("/api/traffic/controller", "{\"controller\":\"webster\",\"junction\":\"intersection_1_1\"}");
        assertThat(sw.statusCode()).isEqualTo(200);
        assertThat(post("/api/traffic/step", "{\"steps\": 5}").statusCode()).isEqualTo(200);

        JsonNode frame = JSON.readTree(
                get("/api/traffic/frame", "wang", "TRAFFIC_OPERATOR").body());
        JsonNode geometry = JSON.readTree(
                get("/api/traffic/geometry", "wang", "TRAFFIC_OPERATOR").body());
        assertThat(frame.path("targetSpeed").asDouble()).isEqualTo(20.0);
        assertThat(frame.path("step").asInt()).isEqualTo(5);
        int webster = indexOf(geometry.path("controllerNames"), "webster");
        int first = geometry.path("signals").get(0).asInt();
        assertThat(geometry.path("junctions").get(first).path("id").asText()).isEqualTo("intersection_1_1");
        assertThat(frame.path("controllers").get(0).asInt()).isEqualTo(webster);
        assertThat(frame.path("controllers").get(1).asInt()).isNotEqualTo(webster);
        assertThat(log.entries())
                .containsExactly(
                        "wang|speed|×20.0",
                        "wang|switch-controller|intersection_1_1 -> webster",
                        "wang|step|5 step(s) to t=5.0 s");
    }

    private static int indexOf(JsonNode names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).asText().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void badRequestsAreRefusedWithAReason() throws Exception {
        HttpResponse<String> unknown = post("/api/traffic/controller", "{\"controller\":\"magic\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("error").asText()).contains("unknown controller 'magic'");
        HttpResponse<String> noJunction =
                post("/api/traffic/controller", "{\"controller\":\"sotl\",\"junction\":\"intersection_0_1\"}");
        assertThat(noJunction.statusCode()).isEqualTo(400);
        assertThat(post("/api/traffic/speed", "{\"speed\": -1}").statusCode()).isEqualTo(400);
        assertThat(post("/api/traffic/speed", "not json").statusCode()).isEqualTo(400);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void anInjectedIncidentIsLoggedAndItsAlarmAppearsInTheStream() throws Exception {
        RoadNetwork n = dashboard.twin().scenario().network();
        String road = DetectorLayout.monitoredRoads(n).stream()
                .filter(r -> n.isVirtual(n.roadFrom(r)))
                .map(n::roadId)
                .findFirst()
                .orElseThrow();
        String body = "{\"road\":\"" + road + "\",\"lane\":1,\"position_m\":200,\"duration_s\":120}";
        HttpResponse<String> anonymous = http.send(
                request("/api/traffic/incident", null, null)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> judge = http.send(
                request("/api/traffic/incident", "li", "JUDGE")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(judge.statusCode()).isEqualTo(403);
        for (String[] bad : List.of(
                new String[] {"{\"lane\":1,\"position_m\":200,\"duration_s\":120}", "field 'road'"},
                new String[] {
                    "{\"road\":\"no_such_road\",\"lane\":1,\"position_m\":200,\"duration_s\":120}", "field 'road'"
                },
                new String[] {body.replace("\"lane\":1", "\"lane\":\"x\""), "field 'lane'"},
                new String[] {body.replace("\"lane\":1", "\"lane\":7"), "field 'lane'"},
                new String[] {body.replace("200", "9999"), "field 'position_m'"},
                new String[] {body.replace("120}", "-5}"), "field 'duration_s'"})) {
            HttpResponse<String> r = post("/api/traffic/incident", bad[0]);
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").asText())
                    .as(bad[0])
                    .startsWith(bad[1]);
        }
        assertThat(log.entries()).isEmpty();

        assertThat(post("/api/traffic/incident", body).statusCode()).isEqualTo(200);
        assertThat(log.entries())
                .containsExactly("wang|inject-incident|" + road + " lane 1 blocked at 200.0 m for 120.0 s");
        assertThat(post("/api/traffic/step", "{\"steps\": 60}").statusCode()).isEqualTo(200);
        List<String> events = readEvents(3);
        JsonNode frame = JSON.readTree(events.get(2).split("\n", 2)[1].substring("data: ".length()));
        assertThat(frame.path("incidents")).hasSize(1);
        assertThat(frame.path("incidents").get(0).path("road").asText()).isEqualTo(road);
        List<JsonNode> alarms = new ArrayList<>();
        frame.path("alarms").forEach(alarms::add);
        assertThat(alarms)
                .as("an alarm on the blocked lane within 60 simulated seconds")
                .anySatisfy(a -> {
                    assertThat(a.path("road").asText()).isEqualTo(road);
                    assertThat(a.path("lane").asInt()).isEqualTo(1);
                    assertThat(a.path("cleared_s").asDouble()).isNegative();
                    assertThat(a.path("detector").asText()).isNotBlank();
                });
    }

    @Test
    void aDispatchedAmbulanceIsCheckedLoggedAndAppearsInTheFrame() throws Exception {
        RoadNetwork n = dashboard.twin().scenario().network();
        String origin = null;
        String destination = null;
        for (int r = 0; r < n.roadCount(); r++) {
            if (origin == null && n.isVirtual(n.roadFrom(r))) {
                origin = n.roadId(r);
            }
            if (n.isVirtual(n.roadTo(r))) {
                destination = n.roadId(r);
            }
        }
        String body = "{\"origin\":\"" + origin + "\",\"destination\":\"" + destination + "\"}";
        HttpResponse<String> judge = http.send(
                request("/api/traffic/ambulance", "li", "JUDGE")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(judge.statusCode()).isEqualTo(403);
        for (String[] bad : List.of(
                new String[] {"{\"destination\":\"" + destination + "\"}", "field 'origin' is required"},
                new String[] {body.replace(origin, "no_such_road"), "field 'origin': no road 'no_such_road'"},
                new String[] {body.replace(destination, "no_such_road"), "field 'destination': no road"},
                new String[] {body.replace(destination, origin), "field 'destination': must be another road"},
                new String[] {
                    "{\"origin\":\"" + destination + "\",\"destination\":\"" + origin + "\"}",
                    "field 'destination': road '" + origin + "' cannot be reached"
                })) {
            HttpResponse<String> r = post("/api/traffic/ambulance", bad[0]);
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").asText())
                    .as(bad[0])
                    .startsWith(bad[1]);
        }
        assertThat(log.entries()).isEmpty();

        assertThat(post("/api/traffic/ambulance", body).statusCode()).isEqualTo(200);
        assertThat(log.entries()).hasSize(1);
        assertThat(log.entries().get(0)).startsWith("wang|dispatch-ambulance|" + origin + " -> " + destination);
        HttpResponse<String> second = post("/api/traffic/ambulance", body);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).path("error").asText()).contains("already on its way");

        assertThat(post("/api/traffic/step", "{\"steps\": 5}").statusCode()).isEqualTo(200);
        JsonNode frame = JSON.readTree(
                get("/api/traffic/frame", "wang", "TRAFFIC_OPERATOR").body());
        JsonNode ambulance = frame.path("ambulance");
        assertThat(ambulance.path("origin").asText()).isEqualTo(origin);
        assertThat(ambulance.path("state").asText()).isIn("WAITING", "DRIVING");
        assertThat(ambulance.path("route").size()).isGreaterThanOrEqualTo(2);
        assertThat(ambulance.path("eta_s").asDouble())
                .isGreaterThan(frame.path("time_s").asDouble());
    }

    @Test
    void aBadNetworkUploadIsRefusedAndTheTwinGoesOn() throws Exception {
        post("/api/traffic/step", "{\"steps\": 12}");
        String boundary = "----smartcity-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "roadnet", "my-roadnet.json", "{\"intersections\": [], \"roads\": 7}");
        part(body, boundary, "flow", "my-flow.json", "[]");
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                request("/api/traffic/load", "wang", "TRAFFIC_OPERATOR")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        String error = JSON.readTree(r.body()).path("error").asText();
        assertThat(error).startsWith("network not loaded, the twin goes on: my-roadnet.json: at $");
        assertThat(error).doesNotContain(dir.toString());
        assertThat(dashboard.twin().latestFrame().step()).isEqualTo(12);
        post("/api/traffic/step", "{\"steps\": 1}");
        assertThat(dashboard.twin().latestFrame().step()).isEqualTo(13);
    }

    private HttpResponse<String> upload(String roadnet, String flow) throws Exception {
        String boundary = "----smartcity-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "roadnet", "my-roadnet.json", roadnet);
        part(body, boundary, "flow", "my-flow.json", flow);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request("/api/traffic/load", "wang", "TRAFFIC_OPERATOR")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Files left under the upload folder (none when it does not exist). */
    private List<Path> uploadedFiles() throws Exception {
        Path uploads = dir.resolve("uploads");
        if (!Files.exists(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aDemandTooLargeForTheHeapIsRefusedBeforeAnythingIsBuilt() throws Exception {
        post("/api/traffic/step", "{\"steps\": 5}");
        Path grid = dir.resolve("grid");
        Path roadnet;
        Path flow;
        try (Stream<Path> files = Files.list(grid)) {
            List<Path> all = files.toList();
            roadnet = all.stream()
                    .filter(f -> f.getFileName().toString().startsWith("roadnet"))
                    .findFirst()
                    .orElseThrow();
            flow = all.stream()
                    .filter(f -> f.getFileName().toString().startsWith("flow"))
                    .findFirst()
                    .orElseThrow();
        }
        // a few flows of the generated grid, each releasing 9 million vehicles: a file of a few KB
        ArrayNode flows = (ArrayNode) JSON.readTree(flow.toFile());
        ArrayNode huge = JSON.createArrayNode();
        for (int i = 0; i < 4; i++) {
            ObjectNode f = flows.get(i).deepCopy();
            f.put("interval", 0.001).put("startTime", 0).put("endTime", 9000);
            huge.add(f);
        }
        assertThat(huge.toString().length()).isLessThan(8_000);
        HttpResponse<String> r = upload(Files.readString(roadnet), huge.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        String error = JSON.readTree(r.body()).path("error").asText();
        assertThat(error)
                .startsWith("network not loaded, the twin goes on: ")
                .contains("36000004 vehicles")
                .contains("MB");
        assertThat(dashboard.twin().latestFrame().step()).isEqualTo(5);
        assertThat(uploadedFiles()).as("refused uploads are deleted").isEmpty();
    }

    @Test
    void aRefusedUploadLeavesNoFileBehind() throws Exception {
        HttpResponse<String> r = upload("{\"intersections\": [], \"roads\": 7}", "[]");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(uploadedFiles()).isEmpty();
    }

    @Test
    void pagesSendTheSignedOutToSignInAndOtherRolesToARoleMessage() throws Exception {
        for (String page :
                List.of("/traffic/", "/traffic/index.html", "/traffic/compare.html", "/traffic/replay.html")) {
            HttpResponse<String> signedOut =
                    http.send(request(page, null, null).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedOut.statusCode()).as(page).isEqualTo(302);
            assertThat(signedOut.headers().firstValue("Location")).as(page).contains("/login");
            HttpResponse<String> police = get(page, "zhang", "POLICE");
            assertThat(police.statusCode()).as(page).isEqualTo(403);
            assertThat(police.body())
                    .as(page)
                    .contains("id=\"role-needed\"")
                    .contains("zhang")
                    .contains("traffic-operator");
            assertThat(police.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .isPresent();
            assertThat(get(page, "admin", "ADMIN").statusCode()).as(page).isEqualTo(200);
        }
        assertThat(http.send(
                                request("/traffic/i18n.js", null, null).GET().build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("scripts hold no data and stay open")
                .isEqualTo(200);
        HttpResponse<String> me = get("/api/traffic/me", "wang", "TRAFFIC_OPERATOR");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("name").asText()).isEqualTo("wang");
        assertThat(get("/api/traffic/me", "zhang", "POLICE").statusCode()).isEqualTo(403);
    }

    @Test
    void trafficPagesForbidFramingAndInlineCode() throws Exception {
        for (String page :
                List.of("/traffic/", "/traffic/index.html", "/traffic/compare.html", "/traffic/replay.html")) {
            HttpResponse<String> r = get(page, "wang", "TRAFFIC_OPERATOR");
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("default-src 'self'")
                            .contains("script-src 'self'")
                            .contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).as(page).contains("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(page)
                    .contains("nosniff");
            assertThat(r.body())
                    .as("what the CSP would block on " + page)
                    .doesNotContain("onclick=")
                    .doesNotContain("style=")
                    .doesNotContainPattern("<script>");
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String file, String content)
            throws Exception {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                        + "\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aComparisonRunsInTheBackgroundAndBenchmarkResultsAreServed() throws Exception {
        HttpResponse<String> start =
                post("/api/traffic/compare", "{\"controllers\":[\"fixed-cycle\",\"max-pressure\"],\"steps\":300}");
        assertThat(start.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(
                get("/api/traffic/compare", "wang", "TRAFFIC_OPERATOR").body());
        for (int i = 0; i < 600 && !status.path("state").asText().equals("done"); i++) {
            Thread.sleep(100);
            status = JSON.readTree(
                    get("/api/traffic/compare", "wang", "TRAFFIC_OPERATOR").body());
        }
        assertThat(status.path("state").asText()).isEqualTo("done");
        assertThat(status.path("results")).hasSize(2);
        assertThat(status.path("results").get(1).path("controller").asText()).isEqualTo("max-pressure");
        assertThat(status.path("results").get(1).path("summary").path("time_s").asDouble())
                .isEqualTo(300.0);
        assertThat(dashboard.twin().latestFrame().step())
                .as("the live twin was not touched")
                .isZero();

        JsonNode bench = JSON.readTree(
                get("/api/traffic/benchmark", "wang", "TRAFFIC_OPERATOR").body());
        assertThat(bench.path("rows")).hasSize(1);
        assertThat(bench.path("rows").get(0).path("averageTravelTime_s").asDouble())
                .isEqualTo(101.5);
    }
}
