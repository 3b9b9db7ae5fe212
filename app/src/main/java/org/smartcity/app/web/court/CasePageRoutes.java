package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Requests;
import org.smartcity.app.web.page.Responses;
import org.smartcity.app.web.signin.SessionAuthenticator;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.CaseStage;

/**
 * The case pages: {@code /cases} (the queue), {@code /cases/{id}}, {@code /cases/{id}/evidence/{eid}} (opening an
 * item is logged) and {@code /about}. Signed-out visitors are sent to sign-in; other roles than police, prosecutor
 * and judge get 403; a case the user may not see is 404.
 */
final class CasePageRoutes {
    private static final Role[] CASE_ROLES = {Role.POLICE, Role.PROSECUTOR, Role.JUDGE};

    private final CaseService cases;
    private final SessionAuthenticator authenticator;
    private final Function<Context, String> csrf;

    CasePageRoutes(CaseService cases, SessionAuthenticator authenticator, Function<Context, String> csrf) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    void register(RoutesConfig r, WebAccess access) {
        r.get("/about", ctx -> {
            Optional<WebUser> user = authenticator.session(ctx).flatMap(x -> SessionAuthenticator.webUser(x.account()));
            Responses.html(
                    ctx,
                    AboutPage.render(Responses.zh(ctx), user.orElse(null), csrf.apply(ctx), cases.suggestionsOn()));
        });
        r.get(
                "/cases",
                ctx -> page(
                        ctx,
                        access,
                        user -> QueuePage.render(
                                Responses.zh(ctx),
                                user,
                                csrf.apply(ctx),
                                cases.queue(user),
                                cases.workflow()
                                        .allows(
                                                CaseService.participants(user),
                                                CaseAction.IMPORT,
                                                CaseStage.INVESTIGATION))));
        r.get(
                "/cases/{id}",
                ctx -> page(ctx, access, user -> {
                    CaseView v = cases.view(user, Requests.caseId(ctx));
                    return CasePage.render(
                            Responses.zh(ctx),
                            user,
                            csrf.apply(ctx),
                            v,
                            cases.reference(user, v),
                            cases.hasCaseLibrary());
                }));
        r.get(
                "/cases/{id}/evidence/{eid}",
                ctx -> page(ctx, access, user -> {
                    long id = Requests.caseId(ctx);
                    JsonNode item = cases.openEvidence(user, id, ctx.pathParam("eid"));
                    return EvidencePage.render(Responses.zh(ctx), user, csrf.apply(ctx), cases.view(user, id), item);
                }));
    }

    /** A page for signed-in users; anyone else is sent to the sign-in page. */
    private void page(Context ctx, WebAccess access, PageBody body) throws Exception {
        if (authenticator.user(ctx).isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        WebUser user = access.require(ctx, CASE_ROLES);
        Responses.html(ctx, body.render(user));
    }

    @FunctionalInterface
    private interface PageBody {
        String render(WebUser user) throws Exception;
    }
}
