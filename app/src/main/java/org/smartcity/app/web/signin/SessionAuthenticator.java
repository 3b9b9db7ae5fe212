package org.smartcity.app.web.signin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.smartcity.app.web.Authenticator;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.platform.account.Account;
import org.smartcity.platform.account.Session;
import org.smartcity.platform.account.Sessions;

/**
 * Signs requests in from the session cookie {@value #COOKIE} (platform sessions; accounts may hold any {@link Role},
 * the traffic operator's included). The session found is kept on the request for the CSRF check. Thread-safe.
 */
public final class SessionAuthenticator implements Authenticator {
    /** Name of the session cookie. */
    public static final String COOKIE = "smartcity_session";

    private static final String ATTRIBUTE = "smartcity.session";

    private final Sessions sessions;

    public SessionAuthenticator(Sessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public Optional<WebUser> user(Context ctx) {
        return session(ctx).flatMap(s -> webUser(s.account()));
    }

    @Override
    public Optional<String> csrfToken(Context ctx) {
        return session(ctx).map(Session::csrfToken);
    }

    /** Looks the request's session token up again on each call: empty once the session ended or the account is off. */
    @Override
    public Supplier<Optional<WebUser>> recheck(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return () -> token == null ? Optional.empty() : sessions.find(token).flatMap(s -> webUser(s.account()));
    }

    /** The live session of the request, if any (looked up once per request). */
    public Optional<Session> session(Context ctx) {
        Object cached = ctx.attribute(ATTRIBUTE);
        if (cached instanceof Session s) {
            return Optional.of(s);
        }
        String token = ctx.cookie(COOKIE);
        Optional<Session> found = token == null ? Optional.empty() : sessions.find(token);
        found.ifPresent(s -> ctx.attribute(ATTRIBUTE, s));
        return found;
    }

    /** The account as a web user; empty when it holds no role this server knows. */
    public static Optional<WebUser> webUser(Account account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : account.roles()) {
            for (Role known : Role.values()) {
                if (known.name().equals(r)) {
                    roles.add(known);
                }
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(new WebUser(account.name(), roles));
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when the request came over https. */
    public static void setCookie(Context ctx, String token, int maxAge_s) {
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge_s);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(overHttps(ctx));
        ctx.cookie(cookie);
    }

    /** True when the request came over https, directly or through a proxy that says so. */
    public static boolean overHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
