package org.smartcity.app.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Requests;
import org.smartcity.app.web.page.Responses;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.Account;

/**
 * The administrator's page and API: {@code GET /admin}, {@code POST /api/admin/users},
 * {@code POST /api/admin/users/{name}/disabled}, {@code POST /api/admin/settings}, {@code GET /api/admin/audit}
 * (the chain's state). {@code ADMIN} only; every change carries the CSRF token and is audited by the platform.
 */
public final class AdminRoutes {
    private final Platform platform;
    private final String suggestionsSetting;
    private final BooleanSupplier suggestionsOn;
    private final Function<Context, String> csrf;

    /**
     * @param suggestionsSetting the setting that switches the assistant's suggestions
     * @param suggestionsOn whether they are on now
     * @param csrf the CSRF token of the request's session (for the page's forms)
     */
    public AdminRoutes(
            Platform platform,
            String suggestionsSetting,
            BooleanSupplier suggestionsOn,
            Function<Context, String> csrf) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.suggestionsSetting = Objects.requireNonNull(suggestionsSetting, "suggestionsSetting");
        this.suggestionsOn = Objects.requireNonNull(suggestionsOn, "suggestionsOn");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
    }

    public void register(RoutesConfig r, WebAccess access) {
        r.get("/admin", ctx -> {
            if (access.user(ctx).isEmpty()) {
                ctx.redirect("/login");
                return;
            }
            WebUser user = access.require(ctx, Role.ADMIN);
            Responses.html(
                    ctx,
                    AdminPage.render(
                            Responses.zh(ctx),
                            user,
                            csrf.apply(ctx),
                            platform.accounts().list(),
                            suggestionsOn.getAsBoolean(),
                            platform.audit().verify()));
        });
        r.post("/api/admin/users", ctx -> createUser(ctx, access));
        r.post("/api/admin/users/{name}/disabled", ctx -> {
            WebUser admin = access.requireChange(ctx, Role.ADMIN);
            JsonNode body = Requests.body(ctx);
            boolean disabled = body.path("disabled").asText("").equals("true")
                    || body.path("disabled").asBoolean(false);
            try {
                platform.accounts().setDisabled(admin.name(), ctx.pathParam("name"), disabled);
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            Responses.json(ctx, Responses.message(disabled ? "disabled" : "enabled", 200));
        });
        r.post("/api/admin/settings", ctx -> {
            WebUser admin = access.requireChange(ctx, Role.ADMIN);
            String value = Requests.body(ctx).path("suggestions").asText("");
            if (!value.equals("on") && !value.equals("off")) {
                throw new BadRequestResponse("'suggestions' must be on or off");
            }
            platform.settings().set(admin.name(), suggestionsSetting, value);
            Responses.json(ctx, Responses.message("suggestions " + value, 200));
        });
        r.get("/api/admin/audit", ctx -> {
            access.require(ctx, Role.ADMIN);
            var v = platform.audit().verify();
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("intact", v.intact());
            out.put("entries", v.entries());
            out.put("headHash", v.headHash());
            v.problem().ifPresent(p -> out.put("firstBadEntry", p.seq()).put("reason", p.reason()));
            Responses.json(ctx, out);
        });
    }

    private void createUser(Context ctx, WebAccess access) {
        WebUser admin = access.requireChange(ctx, Role.ADMIN);
        JsonNode body = Requests.body(ctx);
        Set<String> roles = new LinkedHashSet<>();
        JsonNode rolesNode = body.path("roles");
        if (rolesNode.isArray()) {
            rolesNode.forEach(x -> roles.add(x.asText()));
        } else if (rolesNode.isTextual()) {
            roles.add(rolesNode.asText());
        }
        for (String role : roles) {
            if (Arrays.stream(Role.values()).noneMatch(k -> k.name().equals(role))) {
                throw new BadRequestResponse("unknown role '" + role + "'");
            }
        }
        char[] password = body.path("password").asText("").toCharArray();
        try {
            Account a =
                    platform.accounts().create(admin.name(), body.path("name").asText(""), password, roles);
            Responses.json(ctx.status(201), Responses.message("created " + a.name(), 201));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
