package org.smartcity.app.web.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebFeature;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.live.ControllerComparison;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.live.TwinAmbulance;
import org.smartcity.traffic.scenario.MemoryEstimate;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;

/**
 * The City Brain operations dashboard: a live twin streamed to browsers, operator controls, KPI charts,
 * benchmark results, controller comparisons and replay playback. Pages are static files under {@code
 * /traffic/}; every {@code /api/traffic/…} endpoint requires the traffic-operator (or admin) role and every
 * change is recorded with the operator's name in the {@link OperatorActionLog}. See docs/dashboard.md for
 * the stream format and the endpoints.
 */
public final class TrafficDashboard implements WebFeature {
    private static final Role[] ROLES = {Role.TRAFFIC_OPERATOR, Role.ADMIN};
    private static final long MAX_UPLOAD_BYTES = 200L << 20;

    /**
     * Headers of every file under {@code /traffic/}: scripts, styles, data and connections only from this server, no
     * framing (clickjacking), no type sniffing. The pages hold no inline script, handler or style attribute.
     */
    static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                    + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
            "X-Frame-Options",
            "DENY",
            "X-Content-Type-Options",
            "nosniff",
            "Referrer-Policy",
            "same-origin");

    private final ObjectMapper json = new ObjectMapper();
    private final SignalControllers registry = SignalControllers.builtIn();
    private final LiveTwin.Settings settings;
    private final Path uploadDir;
    private final Optional<Path> benchmarkDir;
    private final OperatorActionLog actions;
    private final TwinStream stream;
    private final ComparisonJob comparison = new ComparisonJob();
    private final AtomicInteger uploads = new AtomicInteger();
    private volatile LiveTwin twin;

    /**
     * Starts the twin of {@code scenario} at once (it runs while the server starts).
     *
     * @param uploadDir where networks uploaded through the dashboard are kept (created on first upload)
     * @param benchmarkDir folder of {@code results.json} written by {@code smartcity traffic benchmark --out}
     */
    public TrafficDashboard(
            Scenario scenario,
            LiveTwin.Settings settings,
            Path uploadDir,
            Optional<Path> benchmarkDir,
            OperatorActionLog actions) {
        this.settings = settings;
        this.uploadDir = uploadDir;
        this.benchmarkDir = benchmarkDir;
        this.actions = actions;
        this.twin = LiveTwin.start(scenario, registry, settings);
        this.stream = new TwinStream(json, twin);
    }

    @Override
    public String name() {
        return "traffic";
    }

    /** The twin running now (it changes when an operator loads another network). */
    public LiveTwin twin() {
        return twin;
    }

    @Override
    public void register(JavalinConfig config, WebAccess access) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/traffic";
            files.directory = "/web/traffic";
            files.location = Location.CLASSPATH;
            files.headers = PAGE_HEADERS;
        });
        config.staticFiles.enableWebjars();
        new TrafficPages(PAGE_HEADERS, ROLES).register(config, access);
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);

        // viewers stop sending before Jetty recycles their responses
        config.events.serverStopping(stream::stopViewers);
        // each viewer's stream ends when its sign-in does (sign-out, account switched off, role gone)
        SseHandler sse = new SseHandler(client -> stream.join(client, access.stillAllowed(client.ctx(), ROLES)));
        config.routes.get("/api/traffic/stream", ctx -> {
            access.require(ctx, ROLES);
            sse.handle(ctx);
        });
        config.routes.get("/api/traffic/geometry", read(access, ctx -> twin.geometry()));
        config.routes.get("/api/traffic/frame", read(access, ctx -> twin.latestFrame()));
        config.routes.get("/api/traffic/history", read(access, ctx -> twin.history()));
        config.routes.get("/api/traffic/controllers", read(access, ctx -> controllers()));
        config.routes.get("/api/traffic/benchmark", read(access, ctx -> benchmarkResults()));
        config.routes.get("/api/traffic/compare", read(access, ctx -> comparison.status()));

        config.routes.post("/api/traffic/pause", change(access, "pause", (ctx, body) -> {
            await(twin.pause());
            return "";
        }));
        config.routes.post("/api/traffic/resume", change(access, "resume", (ctx, body) -> {
            await(twin.resume());
            return "";
        }));
        config.routes.post("/api/traffic/step", change(access, "step", (ctx, body) -> {
            int steps = body.path("steps").asInt(1);
            await(twin.step(steps));
            return steps + " step(s) to t=" + twin.latestFrame().time_s() + " s";
        }));
        config.routes.post("/api/traffic/speed", change(access, "speed", (ctx, body) -> {
            JsonNode speed = body.path("speed");
            if (!speed.isNumber()) {
                throw new IllegalArgumentException("field 'speed' must be a number (0 = as fast as possible)");
            }
            await(twin.setSpeed(speed.asDouble()));
            return speed.asDouble() == 0 ? "as fast as possible" : "×" + speed.asDouble();
        }));
        config.routes.post("/api/traffic/controller", change(access, "switch-controller", (ctx, body) -> {
            String controller = requiredText(body, "controller");
            String junction = body.path("junction").asText("");
            OptionalInt target = OptionalInt.empty();
            if (!junction.isEmpty()) {
                target = twin.signalByName(junction);
                if (target.isEmpty()) {
                    throw new IllegalArgumentException("no signalised junction '" + junction + "' in this network");
                }
            }
            await(twin.switchController(target, controller));
            return (junction.isEmpty() ? "all junctions" : junction) + " -> " + controller;
        }));
        config.routes.post("/api/traffic/incident", change(access, "inject-incident", (ctx, body) -> {
            String road = requiredText(body, "road");
            JsonNode lane = body.path("lane");
            if (!lane.isIntegralNumber()) {
                throw new IllegalArgumentException("field 'lane' must be a lane index (0 = leftmost)");
            }
            double position_m = requiredNumber(body, "position_m");
            double duration_s = requiredNumber(body, "duration_s");
            Future<Void> injected;
            try {
                injected = twin.injectIncident(road, lane.asInt(), position_m, duration_s);
            } catch (IllegalArgumentException e) {
                // the twin's message starts with the field name: "lane: road … has lanes 0..2, got 5"
                throw new IllegalArgumentException("field '" + e.getMessage().replaceFirst(":", "':"), e);
            }
            await(injected);
            return road + " lane " + lane.asInt() + " blocked at " + position_m + " m for " + duration_s + " s";
        }));
        config.routes.post("/api/traffic/ambulance", change(access, "dispatch-ambulance", (ctx, body) -> {
            String origin = requiredText(body, "origin");
            String destination = requiredText(body, "destination");
            Future<Void> dispatched;
            LiveTwin current = twin;
            try {
                dispatched = current.dispatchAmbulance(origin, destination);
            } catch (IllegalArgumentException e) {
                // the twin's message starts with the field name: "origin: no road 'x' in this network"
                throw new IllegalArgumentException("field '" + e.getMessage().replaceFirst(":", "':"), e);
            }
            await(dispatched);
            TwinAmbulance a = current.latestFrame().ambulance();
            return origin + " -> " + destination + " at t=" + a.dispatched_s() + " s, route of " + a.route().length
                    + " roads, " + String.format(java.util.Locale.ROOT, "%.0f", a.freeFlow_s()) + " s at free flow";
        }));
        config.routes.post("/api/traffic/compare", change(access, "compare", (ctx, body) -> {
            List<String> names = new ArrayList<>();
            body.path("controllers").forEach(n -> names.add(n.asText()));
            if (names.size() != 2) {
                throw new IllegalArgumentException("field 'controllers' must name two controllers");
            }
            int steps = body.path("steps").asInt(3600);
            LiveTwin current = twin;
            ControllerComparison run = new ControllerComparison(
                    current.scenario(), registry, names, current.protocol(), settings.config(), steps);
            if (!comparison.start(run, current.scenario().name())) {
                throw new IllegalStateException("a comparison is already running; wait for it to finish");
            }
            return String.join(" vs ", names) + " on " + current.scenario().name() + ", " + steps + " steps";
        }));
        config.routes.post("/api/traffic/load", ctx -> {
            String user = access.requireChange(ctx, ROLES).name();
            respond(ctx, () -> {
                String detail = load(ctx);
                actions.record(user, "load-network", detail);
                return Map.of("ok", true, "detail", detail);
            });
        });
    }

    /** A read-only endpoint answering JSON. */
    private Handler read(WebAccess access, ThrowingFunction<Context, Object> answer) {
        return ctx -> {
            access.require(ctx, ROLES);
            respond(ctx, () -> answer.apply(ctx));
        };
    }

    /** A control endpoint: a JSON body, a change, an entry in the operator log. */
    private Handler change(WebAccess access, String action, ThrowingBiFunction<Context, JsonNode, String> apply) {
        return ctx -> {
            String user = access.requireChange(ctx, ROLES).name();
            respond(ctx, () -> {
                JsonNode body = body(ctx);
                String detail = apply.apply(ctx, body);
                actions.record(user, action, detail, requestFields(body));
                return Map.of("ok", true, "detail", detail);
            });
        };
    }

    private void respond(Context ctx, ThrowingSupplier<Object> answer) throws Exception {
        Object result;
        try {
            result = answer.get();
        } catch (IllegalArgumentException | BadRequestResponse e) {
            error(ctx, 400, e.getMessage());
            return;
        } catch (IllegalStateException e) {
            error(ctx, 409, e.getMessage());
            return;
        }
        ctx.contentType("application/json").result(json.writeValueAsString(result));
    }

    private void error(Context ctx, int status, String message) throws JsonProcessingException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(Map.of("error", message)));
    }

    private JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                throw new IllegalArgumentException("the request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The request fields an audit sentence tells (scalars only, each cut at 200 characters); others are left out. */
    private static Map<String, String> requestFields(JsonNode body) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String name : List.of(
                "speed",
                "steps",
                "junction",
                "controller",
                "road",
                "lane",
                "position_m",
                "duration_s",
                "origin",
                "destination")) {
            JsonNode v = body.path(name);
            if (v.isValueNode() && !v.isNull()) {
                String text = v.asText();
                out.put(name, text.length() > 200 ? text.substring(0, 200) : text);
            }
        }
        JsonNode controllers = body.path("controllers");
        if (controllers.isArray() && controllers.size() <= 4) {
            List<String> names = new ArrayList<>();
            controllers.forEach(c -> names.add(c.asText()));
            out.put("controllers", String.join(" / ", names));
        }
        return out;
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return v.asText();
    }

    private static double requiredNumber(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "' must be a number");
        }
        return v.asDouble();
    }

    private static void await(Future<Void> change) throws InterruptedException {
        try {
            change.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the twin could not apply the change", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the twin did not apply the change within 30 s", e);
        }
    }

    private List<Map<String, String>> controllers() {
        List<Map<String, String>> list = new ArrayList<>();
        for (String n : registry.names()) {
            list.add(Map.of("name", n, "description", registry.get(n).description()));
        }
        return list;
    }

    private Map<String, Object> benchmarkResults() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (benchmarkDir.isEmpty()) {
            m.put("rows", List.of());
            m.put("message", "no benchmark folder given (smartcity serve --benchmark DIR)");
            return m;
        }
        Path file = benchmarkDir.get().resolve("results.json");
        if (!Files.isRegularFile(file)) {
            m.put("rows", List.of());
            m.put(
                    "message",
                    file + " not found; write it with smartcity traffic benchmark --out " + benchmarkDir.get());
            return m;
        }
        JsonNode rows;
        try {
            rows = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (!rows.isArray()) {
            throw new IllegalArgumentException(file + ": at $: expected the list of benchmark rows");
        }
        m.put("source", file.toString());
        m.put("rows", rows);
        return m;
    }

    /**
     * Reads an uploaded roadnet and flow; when both are valid and the simulation they ask for fits into the heap
     * ({@link MemoryEstimate}, checked before anything is built) the new twin replaces the running one, otherwise
     * the running twin goes on, the reason is reported (400) and the uploaded files are deleted.
     */
    private String load(Context ctx) throws IOException {
        UploadedFile roadnet = ctx.uploadedFile("roadnet");
        UploadedFile flow = ctx.uploadedFile("flow");
        if (roadnet == null || flow == null) {
            throw new IllegalArgumentException(
                    "upload two files: 'roadnet' (CityFlow roadnet) and 'flow' (CityFlow flow)");
        }
        Path folder = uploadDir.resolve("upload-" + System.currentTimeMillis() + "-" + uploads.incrementAndGet());
        Files.createDirectories(folder);
        boolean loaded = false;
        try {
            Path roadnetFile = save(roadnet, folder, "roadnet.json");
            Path flowFile = save(flow, folder, "flow.json");
            Scenario scenario;
            try {
                scenario = Scenario.loadCityFlow(roadnetFile, flowFile);
            } catch (InvalidInputException e) {
                // name the file as the operator knows it, not the server's folder
                throw new IllegalArgumentException("network not loaded, the twin goes on: "
                        + e.getMessage().replace(folder + "/", ""));
            }
            MemoryEstimate need = MemoryEstimate.of(scenario.network(), scenario.demand());
            need.refusal(spareHeap_bytes()).ifPresent(reason -> {
                throw new IllegalArgumentException("network not loaded, the twin goes on: " + reason);
            });
            String detail = start(scenario, roadnetFile, flowFile);
            loaded = true;
            return detail;
        } finally {
            if (!loaded) {
                deleteFolder(folder); // a refused upload leaves nothing behind
            }
        }
    }

    /**
     * The heap a new twin may take: half of what the JVM could still allocate (the running twin stays alive until
     * the new one has started).
     */
    private static long spareHeap_bytes() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return Math.max(0, rt.maxMemory() - used) / 2;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String start(Scenario scenario, Path roadnetFile, Path flowFile) {
        LiveTwin next = LiveTwin.start(scenario, registry, settings);
        LiveTwin previous = twin;
        twin = next;
        stream.switchTo(next);
        previous.close();
        return roadnetFile.getFileName() + " + " + flowFile.getFileName() + " ("
                + scenario.network().intersectionCount() + " junctions, "
                + scenario.demand().vehicleCount()
                + " vehicles)";
    }

    private static Path save(UploadedFile upload, Path folder, String fallback) throws IOException {
        String name = upload.filename() == null
                ? ""
                : Path.of(upload.filename()).getFileName().toString();
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = fallback;
        }
        Path file = folder.resolve(name);
        if (Files.exists(file)) {
            file = folder.resolve(fallback);
        }
        try (InputStream in = upload.content()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Number of browsers watching the stream now. */
    public int watchers() {
        return stream.clientCount();
    }

    /** Frames sent so far (once per frame, whatever the number of watchers). */
    public long framesSent() {
        return stream.framesSent();
    }

    @Override
    public void close() {
        stream.close();
        comparison.close();
        twin.close();
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @FunctionalInterface
    private interface ThrowingFunction<A, T> {
        T apply(A a) throws Exception;
    }

    @FunctionalInterface
    private interface ThrowingBiFunction<A, B, T> {
        T apply(A a, B b) throws Exception;
    }
}
