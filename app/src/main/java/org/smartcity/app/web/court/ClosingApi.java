package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.util.Objects;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Requests;
import org.smartcity.app.web.page.Responses;

/**
 * {@code POST /api/cases/{id}/close}: the judge records the judgment and closes the case ({@link CaseClosing}).
 * Answers 200 with the recorded judgment; 400 naming the field; 403 for other roles or stages; 409 {@code
 * {"undecided":[…]}} while exclusion-level findings are undecided without an override reason, {@code
 * {"unopened":[…]}} for items not opened at the trial. CSRF and sign-in are checked by {@link WebAccess}.
 */
final class ClosingApi {
    private final CaseClosing closing;
    private final ObjectMapper json = new ObjectMapper();

    ClosingApi(CaseClosing closing) {
        this.closing = Objects.requireNonNull(closing, "closing");
    }

    void register(RoutesConfig r, WebAccess access) {
        r.exception(UndecidedFindingsException.class, (e, ctx) -> {
            ObjectNode body = json.createObjectNode();
            body.put("title", e.getMessage());
            body.put("status", 409);
            e.undecided().forEach(body.putArray("undecided")::add);
            Responses.json(ctx.status(409), body);
        });
        r.post("/api/cases/{id}/close", ctx -> {
            WebUser user = access.requireChange(ctx, Role.POLICE, Role.PROSECUTOR, Role.JUDGE);
            Responses.json(ctx, CaseJson.judgment(closing.close(user, Requests.caseId(ctx), Requests.body(ctx))));
        });
    }
}
