package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import java.util.List;
import java.util.Objects;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Requests;
import org.smartcity.app.web.page.Responses;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredReview;

/**
 * The case JSON API under {@code /api/cases} (see docs/court-workspace.md): queue, import, view, reference,
 * history, evidence read and write, review, decisions, transfer, return. Police, prosecutor and judge only; every
 * change carries the CSRF token; the stage rules are {@link CaseService}'s.
 */
final class CaseApi {
    private static final Role[] CASE_ROLES = {Role.POLICE, Role.PROSECUTOR, Role.JUDGE};
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CaseService cases;
    private final AuditLog audit;

    CaseApi(CaseService cases, AuditLog audit) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    void register(RoutesConfig r, WebAccess access) {
        r.get("/api/cases", ctx -> {
            WebUser user = access.require(ctx, CASE_ROLES);
            ArrayNode out = JSON.arrayNode();
            for (CaseSummary c : cases.queue(user)) {
                ObjectNode n = CaseJson.summary(c.stored());
                n.put("awaitsMe", c.awaitsMe());
                n.put("reviewed", c.reviewed());
                n.put("openFindings", c.openFindings());
                out.add(n);
            }
            Responses.json(ctx, out);
        });
        r.post("/api/cases", ctx -> {
            WebUser user = access.requireChange(ctx, CASE_ROLES);
            StoredCase sc = cases.importCase(user, "upload", ctx.bodyAsBytes());
            ObjectNode n = CaseJson.summary(sc);
            n.put("location", "/cases/" + sc.id());
            Responses.json(ctx.status(201), n);
        });
        r.get(
                "/api/cases/{id}",
                ctx -> Responses.json(
                        ctx, CaseJson.view(cases.view(access.require(ctx, CASE_ROLES), Requests.caseId(ctx)))));
        r.get("/api/cases/{id}/reference", ctx -> {
            WebUser user = access.require(ctx, CASE_ROLES);
            CaseView v = cases.view(user, Requests.caseId(ctx));
            Responses.json(
                    ctx,
                    CaseJson.reference(v, cases.reference(user, v), cases.sentencingRules(), cases.hasCaseLibrary()));
        });
        r.get("/api/cases/{id}/history", ctx -> {
            CaseView v = cases.view(access.require(ctx, CASE_ROLES), Requests.caseId(ctx));
            Responses.json(ctx, CaseJson.audit(audit.forCase(v.stored().caseRef())));
        });
        r.get(
                "/api/cases/{id}/evidence/{eid}",
                ctx -> Responses.json(
                        ctx,
                        cases.openEvidence(
                                access.require(ctx, CASE_ROLES), Requests.caseId(ctx), ctx.pathParam("eid"))));
        r.put("/api/cases/{id}/evidence/{eid}", ctx -> {
            WebUser user = access.requireChange(ctx, CASE_ROLES);
            JsonNode body = Requests.body(ctx);
            JsonNode item = body.path("item");
            if (!ctx.pathParam("eid").equals(item.path("id").asText(null))) {
                throw new BadRequestResponse("the item's id must be the one in the path");
            }
            if (!body.path("version").canConvertToInt()) {
                throw new BadRequestResponse("'version' (the version you edited) is required");
            }
            long id = Requests.caseId(ctx);
            List<String> problems =
                    cases.putEvidence(user, id, body.path("version").asInt(), item);
            ObjectNode out = JSON.objectNode();
            problems.forEach(out.putArray("problems")::add);
            out.put("location", "/cases/" + id);
            Responses.json(ctx, out);
        });
        r.post("/api/cases/{id}/review", ctx -> {
            StoredReview review = cases.review(access.requireChange(ctx, CASE_ROLES), Requests.caseId(ctx));
            ObjectNode out = JSON.objectNode();
            out.put("review", review.id());
            out.put("engine", review.engine());
            out.set("result", cases.reviewResult(review));
            Responses.json(ctx, out);
        });
        r.post("/api/cases/{id}/decisions", ctx -> {
            WebUser user = access.requireChange(ctx, CASE_ROLES);
            JsonNode body = Requests.body(ctx);
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
                    Requests.caseId(ctx),
                    review,
                    body.path("finding").asText(""),
                    body.path("decision").asText(""),
                    body.path("reason").asText(""));
            Responses.json(ctx.status(201), Responses.message("recorded", 201));
        });
        r.post("/api/cases/{id}/transfer", ctx -> {
            WebUser user = access.requireChange(ctx, CASE_ROLES);
            JsonNode body = Requests.body(ctx);
            boolean confirm = body.path("confirmUnopened").asBoolean(false)
                    || "true".equals(body.path("confirmUnopened").asText());
            Responses.json(
                    ctx,
                    CaseJson.summary(cases.transfer(
                            user,
                            Requests.caseId(ctx),
                            confirm,
                            body.path("note").asText(""))));
        });
        r.post("/api/cases/{id}/return", ctx -> {
            WebUser user = access.requireChange(ctx, CASE_ROLES);
            Responses.json(
                    ctx,
                    CaseJson.summary(cases.returnCase(
                            user,
                            Requests.caseId(ctx),
                            Requests.body(ctx).path("reasons").asText(""))));
        });
    }
}
