package org.smartcity.app.web.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Responses;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.audit.AuditPage;
import org.smartcity.platform.audit.AuditVerification;

/**
 * The administrator's audit browser (issue 17, item 15): {@code GET /admin/audit} (the page) and
 * {@code GET /api/admin/audit/entries} (the same query as JSON: {@code entries} with the sentence in the request's
 * language, {@code total}, {@code page}, {@code pageSize}, {@code chain}). Both are for the {@code ADMIN} role only
 * (401 signed out — the page redirects to sign-in —, 403 other roles); filters as {@link AuditQuery} reads them.
 */
public final class AuditBrowser {
    private final Platform platform;
    private final Function<Context, String> csrf;
    private final ObjectMapper json = new ObjectMapper();

    /** @param csrf the CSRF token of the request's session (for the page's sign-out form) */
    public AuditBrowser(Platform platform, Function<Context, String> csrf) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    public void register(RoutesConfig r, WebAccess access) {
        r.get("/admin/audit", ctx -> {
            if (access.user(ctx).isEmpty()) {
                ctx.redirect("/login");
                return;
            }
            WebUser admin = access.require(ctx, Role.ADMIN);
            AuditQuery q = AuditQuery.from(ctx);
            AuditPage page = platform.audit().search(q.filter(), q.offset(), AuditQuery.PAGE_SIZE);
            boolean zh = Responses.zh(ctx);
            Responses.html(
                    ctx,
                    AuditPageView.render(
                            zh,
                            admin,
                            csrf.apply(ctx),
                            q,
                            page,
                            platform.audit().verify()));
        });
        r.get("/api/admin/audit/entries", ctx -> {
            access.require(ctx, Role.ADMIN);
            AuditQuery q = AuditQuery.from(ctx);
            AuditPage page = platform.audit().search(q.filter(), q.offset(), AuditQuery.PAGE_SIZE);
            Responses.json(ctx, answer(q, page, platform.audit().verify(), Responses.zh(ctx)));
        });
    }

    private ObjectNode answer(AuditQuery q, AuditPage page, AuditVerification chain, boolean zh) {
        ObjectNode out = json.createObjectNode();
        out.put("total", page.total());
        out.put("page", q.page());
        out.put("pageSize", AuditQuery.PAGE_SIZE);
        ObjectNode c = out.putObject("chain");
        c.put("intact", chain.intact());
        c.put("entries", chain.entries());
        c.put("headHash", chain.headHash());
        chain.problem().ifPresent(p -> c.put("firstBadEntry", p.seq()).put("reason", p.reason()));
        ArrayNode list = out.putArray("entries");
        for (AuditEntry e : page.entries()) {
            ObjectNode n = list.addObject();
            n.put("seq", e.seq());
            n.put("at", Instant.ofEpochMilli(e.at_ms()).toString());
            n.put("actor", e.actor());
            n.put("action", e.action());
            n.put("caseRef", e.caseRef());
            n.put(
                    "sentence",
                    AuditSentences.of(e.actor(), e.action(), e.caseRef(), e.detail(), zh)
                            .plain());
            n.put("detail", e.detail());
        }
        return out;
    }
}
