package org.smartcity.app.web.signin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebAccess;
import org.smartcity.app.web.WebUser;
import org.smartcity.app.web.page.Requests;
import org.smartcity.app.web.page.Responses;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.Account;
import org.smartcity.platform.account.Session;
import org.smartcity.platform.account.SignInThrottle;

/**
 * Signing in and out and the language switch: {@code GET/POST /login}, {@code POST /api/session},
 * {@code POST /logout}, {@code GET /api/session/csrf}, {@code GET /lang?to=en|zh}. Every attempt goes through the
 * {@link SignInThrottle} before its password is checked; a foreign {@code Origin} is refused.
 */
public final class SignInRoutes {
    /** The longest user name an account may have ({@code Accounts}); longer ones are refused before the throttle. */
    public static final int MAX_NAME_CHARS = 100;

    private static final Role[] CASE_ROLES = {Role.POLICE, Role.PROSECUTOR, Role.JUDGE};

    private final Platform platform;
    private final SessionAuthenticator authenticator;

    public SignInRoutes(Platform platform, SessionAuthenticator authenticator) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    public void register(RoutesConfig r, WebAccess access) {
        r.get("/login", ctx -> Responses.html(ctx, LoginPage.render(Responses.zh(ctx), null)));
        r.post("/login", this::login);
        r.post("/api/session", this::apiLogin);
        r.post("/logout", ctx -> {
            access.requireChange(ctx);
            authenticator.session(ctx).ifPresent(s -> platform.sessions().end(s.token()));
            SessionAuthenticator.setCookie(ctx, "", 0);
            ctx.redirect("/login");
        });
        r.get("/api/session/csrf", ctx -> {
            access.signedIn(ctx);
            Responses.json(
                    ctx,
                    JsonNodeFactory.instance
                            .objectNode()
                            .put(
                                    "csrfToken",
                                    authenticator
                                            .session(ctx)
                                            .map(Session::csrfToken)
                                            .orElse(null)));
        });
        r.get("/lang", SignInRoutes::switchLanguage);
    }

    /** Where a user starts: the case queue for legal staff, the dashboard for traffic operators, else admin. */
    public static String homeOf(WebUser user) {
        if (Arrays.stream(CASE_ROLES).anyMatch(user::has)) {
            return "/cases";
        }
        if (user.has(Role.TRAFFIC_OPERATOR)) {
            return "/traffic/";
        }
        return "/admin";
    }

    private void login(Context ctx) {
        checkOrigin(ctx);
        boolean zh = Responses.zh(ctx);
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        char[] password =
                Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        SignIn result = signIn(ctx, name, password);
        if (result.retryAfter().isPresent()) {
            long seconds = result.retryAfter().get().toSeconds() + 1;
            ctx.status(429).header("Retry-After", Long.toString(seconds));
            Responses.html(
                    ctx,
                    LoginPage.render(
                            zh,
                            zh
                                    ? "登录失败次数过多，请 " + seconds + " 秒后再试。"
                                    : "Too many failed sign-ins; try again in " + seconds + " s."));
            return;
        }
        if (result.user().isEmpty()) {
            ctx.status(401);
            Responses.html(ctx, LoginPage.render(zh, zh ? "用户名或密码错误。" : "Wrong user name or password."));
            return;
        }
        Session session = platform.sessions().start(result.account().orElseThrow());
        SessionAuthenticator.setCookie(ctx, session.token(), 8 * 3600);
        ctx.redirect(homeOf(result.user().get()));
    }

    private void apiLogin(Context ctx) {
        checkOrigin(ctx);
        JsonNode body = Requests.body(ctx);
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
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("name", user.get().name());
        user.get().roles().forEach(x -> out.withArray("roles").add(x.name()));
        out.put("csrfToken", session.csrfToken());
        Responses.json(ctx, out);
    }

    /** What one sign-in attempt gave: a wait imposed by the throttle, or the account and user (both empty on failure). */
    private record SignIn(Optional<Duration> retryAfter, Optional<Account> account, Optional<WebUser> user) {}

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
            Arrays.fill(password, '\0');
        }
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

    /** Sets the {@code lang} cookie and goes back to the page the switch was clicked on (same host only). */
    private static void switchLanguage(Context ctx) {
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
}
