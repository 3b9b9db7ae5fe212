package org.smartcity.app.web.traffic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;

/**
 * Who may open the dashboard's pages (issue 17, item 11). The pages hold no data, but an operator who is not signed
 * in used to see an empty map "reconnecting" forever: now a page request without sign-in is sent to {@code /login},
 * one from a user without the traffic-operator or admin role gets a short page saying which role is needed (403), and
 * {@code GET /api/traffic/me} tells the pages who is signed in (name, roles, the CSRF token for the sign-out form), so
 * every page shows the user and a sign-out button. Scripts and styles stay open (they are the same for everyone).
 */
final class TrafficPages {
    /** The page files gated here: the folder itself and the three HTML pages. */
    static final Set<String> PAGES =
            Set.of("/traffic", "/traffic/", "/traffic/index.html", "/traffic/compare.html", "/traffic/replay.html");

    private final Role[] roles;
    private final Map<String, String> headers;
    private final ObjectMapper json = new ObjectMapper();

    TrafficPages(Map<String, String> headers, Role... roles) {
        this.headers = Map.copyOf(headers);
        this.roles = roles.clone();
    }

    void register(JavalinConfig config, WebAccess access) {
        config.routes.before("/traffic*", ctx -> gate(ctx, access));
        config.routes.get("/api/traffic/me", ctx -> {
            WebUser user = access.require(ctx, roles);
            ObjectNode n = json.createObjectNode().put("name", user.name());
            user.roles().forEach(r -> n.withArray("roles").add(r.name()));
            Optional<String> csrf = access.csrfToken(ctx);
            n.put("csrfToken", csrf.orElse(null));
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("application/json; charset=utf-8").result(json.writeValueAsString(n));
        });
    }

    private void gate(Context ctx, WebAccess access) {
        if (!"GET".equals(ctx.method().name()) || !PAGES.contains(ctx.path())) {
            return;
        }
        Optional<WebUser> user = access.user(ctx);
        if (user.isEmpty()) {
            ctx.redirect("/login", HttpStatus.FOUND);
            ctx.skipRemainingHandlers();
            return;
        }
        if (Arrays.stream(roles).noneMatch(user.get()::has)) {
            headers.forEach(ctx::header);
            ctx.header("Cache-Control", "no-store");
            ctx.status(HttpStatus.FORBIDDEN)
                    .contentType("text/html; charset=utf-8")
                    .result(roleMessage(user.get()));
            ctx.skipRemainingHandlers();
        }
    }

    private static String roleMessage(WebUser user) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>City Brain · smartcity</title>"
                + "<link rel=\"stylesheet\" href=\"/traffic/style.css\"></head><body><main class=\"notice\">"
                + "<h1>交通运营大屏 · City Brain</h1><p id=\"role-needed\">"
                + esc(user.name())
                + "：此页面需要“交通运营”或“管理员”角色。<br>This page needs the traffic-operator or admin role.</p>"
                + "<p><a href=\"/\">返回首页 / Back to your home page</a></p></main></body></html>";
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
