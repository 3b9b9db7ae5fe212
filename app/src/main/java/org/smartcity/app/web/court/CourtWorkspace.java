package org.smartcity.app.web.court;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebFeature;
import org.smartcity.app.web.WebUser;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.CaseStage;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.Account;
import org.smartcity.platform.account.Session;
import org.smartcity.platform.account.SignInThrottle;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredReview;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.StoreException;

/**
 * The court workspace as a {@link WebFeature}: sign-in pages, the server-rendered UI ({@code /cases}, {@code /about},
 * {@code /admin}) and the JSON API under {@code /api/cases} and {@code /api/admin}. Every endpoint checks the role
 * through {@link WebAccess} and the case's stage through {@link CaseService}; every state-changing request must
 * carry the session's CSRF token ({@code X-CSRF-Token} header or {@code _csrf} form field). Owns the
 * {@link Platform} and the {@link ReferenceEngines} and closes them with the server.
 */
public final class CourtWorkspace implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(CourtWorkspace.class);
    /** The longest user name an account may have ({@code Accounts}); longer ones are refused before the throttle. */
    static final int MAX_NAME_CHARS = 100;

    private static final Role[] CASE_ROLES = {Role.POLICE, Role.PROSECUTOR, Role.JUDGE};
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    private final Platform platform;
    private final CaseService cases;
    private final ReferenceEngines engines;
    private final SessionAuthenticator authenticator;
    private final WorkspacePages pages = new WorkspacePages();
    private final ObjectMapper json = new ObjectMapper();

    /** The workspace with only the guideline calculator behind its reference panels. */
    public CourtWorkspace(Platform platform) {
        this(platform, ReferenceEngines.calculatorOnly());
    }

    /** The workspace whose reference panels use {@code engines} (loaded once; closed with the workspace). */
    public CourtWorkspace(Platform platform, ReferenceEngines engines) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.engines = Objects.requireNonNull(engines, "engines");
        this.cases = new CaseService(platform, engines);
        this.authenticator = new SessionAuthenticator(platform.sessions());
    }

    /** The authenticator of this workspace's sessions, for {@code WebServer.start}. */
    public SessionAuthenticator authenticator() {
        return authenticator;
    }

    /** The store, audit log and accounts this workspace runs on. */
    public Platform platform() {
        return platform;
    }

    public CaseService cases() {
        return cases;
    }

    @Override
    public String name() {
        return "court";
    }

    @Override
    public void close() {
        engines.close();
        platform.close();
    }

    @Override
    public void register(JavalinConfig config, WebAccess access) {
        var r = config.routes;
        r.exception(UnopenedEvidenceException.class, (e, ctx) -> {
            ObjectNode body = json.createObjectNode();
            body.put("title", e.getMessage());
            body.put("status", 409);
            e.unopened().forEach(body.putArray("unopened")::add);
            sendJson(ctx.status(409), body);
        });
        r.exception(ConflictException.class, (e, ctx) -> sendJson(ctx.status(409), message(e.getMessage(), 409)));
        r.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure", e);
            sendJson(ctx.status(500), message("the case store failed; the change was not saved", 500));
        });

        r.get("/court/static/{file}", this::staticFile);
        r.get(
                "/",
                ctx -> ctx.redirect(
                        authenticator.user(ctx).map(CourtWorkspace::homeOf).orElse("/login")));
        r.get("/login", ctx -> html(ctx, pages.login(zh(ctx), null)));
        r.post("/login", this::login);
        r.post("/api/session", this::apiLogin);
        r.post("/logout", ctx -> {
            mutating(ctx, access);
            authenticator.session(ctx).ifPresent(s -> platform.sessions().end(s.token()));
            SessionAuthenticator.setCookie(ctx, "", 0);
            ctx.redirect("/login");
        });
        r.get("/api/session/csrf", ctx -> {
            access.signedIn(ctx);
            sendJson(ctx, json.createObjectNode().put("csrfToken", csrf(ctx)));
        });
        r.get("/lang", this::switchLanguage);
        r.get("/about", ctx -> {
            Optional<Session> s = authenticator.session(ctx);
            WebUser user =
                    s.flatMap(x -> SessionAuthenticator.webUser(x.account())).orElse(null);
            html(ctx, pages.about(zh(ctx), user, s.map(Session::csrfToken).orElse(null), cases.suggestionsOn()));
        });

        r.get(
                "/cases",
                ctx -> page(
                        ctx,
                        access,
                        user -> pages.queue(
                                zh(ctx),
                                user,
                                csrf(ctx),
                                cases.queue(user),
                                cases.workflow()
                                        .allows(
                                                CaseService.participants(user),
                                                CaseAction.IMPORT,
                                                CaseStage.INVESTIGATION))));
        r.get(
                "/cases/{id}",
                ctx -> page(ctx, access, user -> {
                    CaseView v = cases.view(user, id(ctx));
                    return pages.caseView(
                            zh(ctx), user, csrf(ctx), v, cases.reference(user, v), cases.hasCaseLibrary());
                }));
        r.get(
                "/cases/{id}/evidence/{eid}",
                ctx -> page(ctx, access, user -> {
                    long id = id(ctx);
                    JsonNode item = cases.openEvidence(user, id, ctx.pathParam("eid"));
                    return pages.evidenceItem(zh(ctx), user, csrf(ctx), cases.view(user, id), item);
                }));
        r.get("/admin", ctx -> {
            if (authenticator.user(ctx).isEmpty()) {
                ctx.redirect("/login");
                return;
            }
            WebUser user = access.require(ctx, Role.ADMIN);
            html(
                    ctx,
                    pages.admin(
                            zh(ctx),
                            user,
                            csrf(ctx),
                            platform.accounts().list(),
                            cases.suggestionsOn(),
                            platform.audit().verify()));
        });

        r.get("/api/cases", ctx -> {
            WebUser user = access.require(ctx, CASE_ROLES);
            ArrayNode out = json.createArrayNode();
            for (CaseSummary c : cases.queue(user)) {
                ObjectNode n = CaseJson.summary(c.stored());
                n.put("awaitsMe", c.awaitsMe());
                n.put("reviewed", c.reviewed());
                n.put("openFindings", c.openFindings());
                out.add(n);
            }
            sendJson(ctx, out);
        });
        r.post("/api/cases", ctx -> {
            WebUser user = mutating(ctx, access, CASE_ROLES);
            StoredCase sc = cases.importCase(user, "upload", ctx.bodyAsBytes());
            ObjectNode n = CaseJson.summary(sc);
            n.put("location", "/cases/" + sc.id());
            sendJson(ctx.status(201), n);
        });
        r.get(
                "/api/cases/{id}",
                ctx -> sendJson(ctx, CaseJson.view(cases.view(access.require(ctx, CASE_ROLES), id(ctx)))));
        r.get("/api/cases/{id}/reference", ctx -> {
            WebUser user = access.require(ctx, CASE_ROLES);
            CaseView v = cases.view(user, id(ctx));
            sendJson(
                    ctx,
                    CaseJson.reference(v, cases.reference(user, v), cases.sentencingRules(), cases.hasCaseLibrary()));
        });
        r.get("/api/cases/{id}/history", ctx -> {
            CaseView v = cases.view(access.require(ctx, CASE_ROLES), id(ctx));
            sendJson(ctx, CaseJson.audit(platform.audit().forCase(v.stored().caseRef())));
        });
        r.get(
                "/api/cases/{id}/evidence/{eid}",
                ctx -> sendJson(
                        ctx, cases.openEvidence(access.require(ctx, CASE_ROLES), id(ctx), ctx.pathParam("eid"))));
        r.put("/api/cases/{id}/evidence/{eid}", ctx -> {
            WebUser user = mutating(ctx, access, CASE_ROLES);
            JsonNode body = body(ctx);
            JsonNode item = body.path("item");
            if (!ctx.pathParam("eid").equals(item.path("id").asText(null))) {
                throw new BadRequestResponse("the item's id must be the one in the path");
            }
            if (!body.path("version").canConvertToInt()) {
                throw new BadRequestResponse("'version' (the version you edited) is required");
            }
            List<String> problems =
                    cases.putEvidence(user, id(ctx), body.path("version").asInt(), item);
            ObjectNode out = json.createObjectNode();
            problems.forEach(out.putArray("problems")::add);
            out.put("location", "/cases/" + id(ctx));
            sendJson(ctx, out);
        });
        r.post("/api/cases/{id}/review", ctx -> {
            StoredReview review = cases.review(mutating(ctx, access, CASE_ROLES), id(ctx));
            ObjectNode out = json.createObjectNode();
            out.put("review", review.id());
            out.put("engine", review.engine());
            out.set("result", cases.reviewResult(review));
            sendJson(ctx, out);
        });
        r.post("/api/cases/{id}/decisions", ctx -> {
            WebUser user = mutating(ctx, access, CASE_ROLES);
            JsonNode body = body(ctx);
            if (!body.path("review").canConvertToLong() && !body.path("review").isTextual()) {
                throw new BadRequestResponse("'review' (the review id) is required");
            }
            long review;
            try {
                review = Long.parseLong(body.path("review").asText());
            } catch (NumberFormatException e) {
                throw new BadRequestResponse("'review' must be a number");
            }
            cases.decide(
                    user,
                    id(ctx),
                    review,
                    body.path("finding").asText(""),
                    body.path("decision").asText(""),
                    body.path("reason").asText(""));
            sendJson(ctx.status(201), message("recorded", 201));
        });
        r.post("/api/cases/{id}/transfer", ctx -> {
            WebUser user = mutating(ctx, access, CASE_ROLES);
            JsonNode body = body(ctx);
            boolean confirm = body.path("confirmUnopened").asBoolean(false)
                    || "true".equals(body.path("confirmUnopened").asText());
            sendJson(
                    ctx,
                    CaseJson.summary(cases.transfer(
                            user, id(ctx), confirm, body.path("note").asText(""))));
        });
        new ClosingApi(new CaseClosing(platform, cases), this).register(r, access);
        r.post("/api/cases/{id}/return", ctx -> {
            WebUser user = mutating(ctx, access, CASE_ROLES);
            sendJson(
                    ctx,
                    CaseJson.summary(cases.returnCase(
                            user, id(ctx), body(ctx).path("reasons").asText(""))));
        });

        r.post("/api/admin/users", ctx -> {
            WebUser admin = mutating(ctx, access, Role.ADMIN);
            JsonNode body = body(ctx);
            Set<String> roles = new LinkedHashSet<>();
            JsonNode rolesNode = body.path("roles");
            if (rolesNode.isArray()) {
                rolesNode.forEach(x -> roles.add(x.asText()));
            } else if (rolesNode.isTextual()) {
                roles.add(rolesNode.asText());
            }
            for (String role : roles) {
                if (java.util.Arrays.stream(Role.values())
                        .noneMatch(k -> k.name().equals(role))) {
                    throw new BadRequestResponse("unknown role '" + role + "'");
                }
            }
            char[] password = body.path("password").asText("").toCharArray();
            try {
                Account a = platform.accounts()
                        .create(admin.name(), body.path("name").asText(""), password, roles);
                sendJson(ctx.status(201), message("created " + a.name(), 201));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        });
        r.post("/api/admin/users/{name}/disabled", ctx -> {
            WebUser admin = mutating(ctx, access, Role.ADMIN);
            boolean disabled = body(ctx).path("disabled").asText("").equals("true")
                    || body(ctx).path("disabled").asBoolean(false);
            try {
                platform.accounts().setDisabled(admin.name(), ctx.pathParam("name"), disabled);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            sendJson(ctx, message(disabled ? "disabled" : "enabled", 200));
        });
        r.post("/api/admin/settings", ctx -> {
            WebUser admin = mutating(ctx, access, Role.ADMIN);
            String value = body(ctx).path("suggestions").asText("");
            if (!value.equals("on") && !value.equals("off")) {
                throw new BadRequestResponse("'suggestions' must be on or off");
            }
            platform.settings().set(admin.name(), CaseService.SUGGESTIONS_SETTING, value);
            sendJson(ctx, message("suggestions " + value, 200));
        });
        r.get("/api/admin/audit", ctx -> {
            access.require(ctx, Role.ADMIN);
            var v = platform.audit().verify();
            ObjectNode out = json.createObjectNode();
            out.put("intact", v.intact());
            out.put("entries", v.entries());
            out.put("headHash", v.headHash());
            v.problem().ifPresent(p -> out.put("firstBadEntry", p.seq()).put("reason", p.reason()));
            sendJson(ctx, out);
        });
    }

    /** A page for signed-in users; anyone else is sent to the sign-in page. */
    private void page(Context ctx, WebAccess access, PageBody body) throws Exception {
        if (authenticator.user(ctx).isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        WebUser user = access.require(ctx, CASE_ROLES);
        html(ctx, body.render(user));
    }

    @FunctionalInterface
    private interface PageBody {
        String render(WebUser user) throws Exception;
    }

    /** Role check, then the CSRF check every state-changing request passes. */
    private WebUser mutating(Context ctx, WebAccess access, Role... roles) {
        return access.requireChange(ctx, roles);
    }

    private String csrf(Context ctx) {
        return authenticator.session(ctx).map(Session::csrfToken).orElse(null);
    }

    private void login(Context ctx) {
        checkOrigin(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        char[] password =
                Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        SignIn result = signIn(ctx, name, password);
        if (result.retryAfter().isPresent()) {
            long seconds = result.retryAfter().get().toSeconds() + 1;
            ctx.status(429).header("Retry-After", Long.toString(seconds));
            html(
                    ctx,
                    pages.login(
                            zh(ctx),
                            zh(ctx)
                                    ? "登录失败次数过多，请 " + seconds + " 秒后再试。"
                                    : "Too many failed sign-ins; try again in " + seconds + " s."));
            return;
        }
        if (result.user().isEmpty()) {
            ctx.status(401);
            html(ctx, pages.login(zh(ctx), zh(ctx) ? "用户名或密码错误。" : "Wrong user name or password."));
            return;
        }
        Session session = platform.sessions().start(result.account().orElseThrow());
        SessionAuthenticator.setCookie(ctx, session.token(), 8 * 3600);
        ctx.redirect(homeOf(result.user().get()));
    }

    /** What one sign-in attempt gave: a wait imposed by the throttle, or the account and user (both empty on failure). */
    private record SignIn(Optional<java.time.Duration> retryAfter, Optional<Account> account, Optional<WebUser> user) {}

    /**
     * Starts a throttled attempt before the password is looked at (it counts as a failure from then on, so concurrent
     * guesses cannot pass the limit; a locked name costs no bcrypt work and reveals nothing), then checks the
     * password and tells the throttle how it went; wipes the password. A name longer than any account's is a 400.
     */
    private SignIn signIn(Context ctx, String name, char[] password) {
        try {
            if (name.length() > MAX_NAME_CHARS) {
                throw new BadRequestResponse("a user name has at most " + MAX_NAME_CHARS + " characters");
            }
            SignInThrottle.Attempt attempt = platform.signIns().begin(name, ctx.ip());
            if (attempt.refusal().isPresent()) {
                return new SignIn(attempt.refusal(), Optional.empty(), Optional.empty());
            }
            Optional<Account> account = Optional.empty();
            Optional<WebUser> user = Optional.empty();
            try {
                account = platform.accounts().authenticate(name, password);
                user = account.flatMap(SessionAuthenticator::webUser);
            } finally {
                if (user.isPresent()) {
                    attempt.succeeded();
                } else {
                    attempt.failed();
                }
            }
            if (user.isEmpty()) {
                return new SignIn(Optional.empty(), Optional.empty(), Optional.empty());
            }
            return new SignIn(Optional.empty(), account, user);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** Where a user starts: the case queue for legal staff, the dashboard for traffic operators, else admin. */
    static String homeOf(WebUser user) {
        if (java.util.Arrays.stream(CASE_ROLES).anyMatch(user::has)) {
            return "/cases";
        }
        if (user.has(Role.TRAFFIC_OPERATOR)) {
            return "/traffic/";
        }
        return "/admin";
    }

    private void apiLogin(Context ctx) {
        checkOrigin(ctx);
        JsonNode body = body(ctx);
        char[] password = body.path("password").asText("").toCharArray();
        SignIn result = signIn(ctx, body.path("name").asText(""), password);
        if (result.retryAfter().isPresent()) {
            long seconds = result.retryAfter().get().toSeconds() + 1;
            ctx.header("Retry-After", Long.toString(seconds));
            throw new TooManyRequestsResponse("too many failed sign-ins; try again in " + seconds + " s");
        }
        Optional<WebUser> user = result.user();
        if (user.isEmpty()) {
            throw new UnauthorizedResponse("wrong user name or password");
        }
        Session session = platform.sessions().start(result.account().orElseThrow());
        SessionAuthenticator.setCookie(ctx, session.token(), 8 * 3600);
        ObjectNode out = json.createObjectNode();
        out.put("name", user.get().name());
        user.get().roles().forEach(x -> out.withArray("roles").add(x.name()));
        out.put("csrfToken", session.csrfToken());
        sendJson(ctx, out);
    }

    /** Refuses a cross-site sign-in: an {@code Origin} header, when sent, must name this host. */
    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals("null")) {
            return;
        }
        try {
            String host = URI.create(origin).getAuthority();
            if (host == null || !host.equalsIgnoreCase(ctx.host())) {
                throw new ForbiddenResponse("cross-site sign-in refused");
            }
        } catch (IllegalArgumentException e) {
            throw new ForbiddenResponse("cross-site sign-in refused");
        }
    }

    private void switchLanguage(Context ctx) {
        String to = "en".equals(ctx.queryParam("to")) ? "en" : "zh";
        io.javalin.http.Cookie cookie = new io.javalin.http.Cookie("lang", to);
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setSameSite(io.javalin.http.SameSite.LAX);
        cookie.setSecure(SessionAuthenticator.overHttps(ctx));
        ctx.cookie(cookie);
        String back = "/cases";
        String referer = ctx.header("Referer");
        if (referer != null) {
            try {
                URI u = URI.create(referer);
                if (u.getAuthority() != null
                        && u.getAuthority().equalsIgnoreCase(ctx.host())
                        && u.getRawPath() != null
                        && u.getRawPath().startsWith("/")
                        && !u.getRawPath().startsWith("//")) {
                    back = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                back = "/cases";
            }
        }
        ctx.redirect(back);
    }

    static boolean zh(Context ctx) {
        return !"en".equals(ctx.cookie("lang"));
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("no case " + ctx.pathParam("id"));
        }
    }

    JsonNode body(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode n = json.createObjectNode();
            ctx.formParamMap().forEach((k, v) -> {
                if (v.size() == 1) {
                    n.put(k, v.get(0));
                } else {
                    v.forEach(n.withArray(k)::add);
                }
            });
            return n;
        }
        String text = ctx.body();
        if (text.isBlank()) {
            return json.createObjectNode();
        }
        try {
            JsonNode n = json.readTree(text);
            if (n == null || !n.isObject()) {
                throw new BadRequestResponse("the request body must be a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.html(page);
    }

    void sendJson(Context ctx, JsonNode node) {
        try {
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private ObjectNode message(String text, int status) {
        ObjectNode n = json.createObjectNode();
        n.put("title", text);
        n.put("status", status);
        return n;
    }

    private void staticFile(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = switch (file) {
            case "court.js" -> "text/javascript; charset=utf-8";
            case "court.css" -> "text/css; charset=utf-8";
            default -> throw new NotFoundResponse("no such file");
        };
        try (InputStream in = CourtWorkspace.class.getResourceAsStream("/court/static/" + file)) {
            if (in == null) {
                throw new NotFoundResponse("no such file");
            }
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
