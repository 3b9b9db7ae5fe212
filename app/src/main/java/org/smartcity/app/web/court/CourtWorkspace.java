package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebFeature;
import org.smartcity.app.web.admin.AdminRoutes;
import org.smartcity.app.web.audit.AuditBrowser;
import org.smartcity.app.web.page.Responses;
import org.smartcity.app.web.signin.SessionAuthenticator;
import org.smartcity.app.web.signin.SignInRoutes;
import org.smartcity.court.intake.DocumentIntake;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.Session;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.StoreException;

/**
 * The court workspace as a {@link WebFeature}: wires its features — sign-in ({@link SignInRoutes}), case pages
 * ({@link CasePageRoutes}), case-file intake from documents ({@link IntakeRoutes}), case API ({@link CaseApi}, {@link ClosingApi}), administration ({@link AdminRoutes}) and
 * the audit browser ({@link AuditBrowser}) — and answers the errors they share. Every endpoint checks the role
 * through {@link WebAccess} and the case's stage through {@link CaseService}; every state-changing request must
 * carry the session's CSRF token ({@code X-CSRF-Token} header or {@code _csrf} form field). Owns the
 * {@link Platform} and the {@link ReferenceEngines} and closes them with the server.
 */
public final class CourtWorkspace implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(CourtWorkspace.class);

    private final Platform platform;
    private final CaseService cases;
    private final ReferenceEngines engines;
    private final SessionAuthenticator authenticator;

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
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("title", e.getMessage());
            body.put("status", 409);
            e.unopened().forEach(body.putArray("unopened")::add);
            Responses.json(ctx.status(409), body);
        });
        r.exception(
                ConflictException.class,
                (e, ctx) -> Responses.json(ctx.status(409), Responses.message(e.getMessage(), 409)));
        r.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure", e);
            Responses.json(ctx.status(500), Responses.message("the case store failed; the change was not saved", 500));
        });
        r.get("/court/static/{file}", CourtWorkspace::staticFile);
        r.get(
                "/",
                ctx -> ctx.redirect(
                        authenticator.user(ctx).map(SignInRoutes::homeOf).orElse("/login")));
        new SignInRoutes(platform, authenticator).register(r, access);
        long maxUpload = IntakeUploads.maxBytes();
        config.jetty.multipartConfig.maxTotalRequestSize(maxUpload, io.javalin.config.SizeUnit.BYTES);
        config.jetty.multipartConfig.maxFileSize(maxUpload, io.javalin.config.SizeUnit.BYTES);
        new IntakeRoutes(cases, platform, new IntakeUploads(new DocumentIntake()), authenticator, this::csrf)
                .register(r, access);
        new CasePageRoutes(cases, authenticator, this::csrf).register(r, access);
        new CaseApi(cases, platform.audit()).register(r, access);
        new ClosingApi(new CaseClosing(platform, cases)).register(r, access);
        new AdminRoutes(platform, CaseService.SUGGESTIONS_SETTING, cases::suggestionsOn, this::csrf)
                .register(r, access);
        new AuditBrowser(platform, this::csrf).register(r, access);
    }

    private String csrf(Context ctx) {
        return authenticator.session(ctx).map(Session::csrfToken).orElse(null);
    }

    private static void staticFile(Context ctx) throws IOException {
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
