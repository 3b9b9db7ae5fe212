package org.smartcity.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Role checks every endpoint calls first. Thread-safe if the authenticator is. */
public final class WebAccess {
    private final Authenticator authenticator;

    public WebAccess(Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    /**
     * The signed-in user if it holds at least one of {@code anyOf}.
     *
     * @throws UnauthorizedResponse (401) when nobody is signed in
     * @throws ForbiddenResponse (403) when the user holds none of the roles
     */
    public WebUser require(Context ctx, Role... anyOf) {
        WebUser user = authenticator.user(ctx).orElseThrow(() -> new UnauthorizedResponse("sign in first"));
        if (anyOf.length > 0 && Arrays.stream(anyOf).noneMatch(user::has)) {
            throw new ForbiddenResponse("this needs the role " + Arrays.toString(anyOf));
        }
        return user;
    }

    /**
     * As {@link #require}, for a request that changes something: it must also carry the session's CSRF token in
     * the {@code X-CSRF-Token} header (or a form's {@code _csrf} field) when the sign-in has one.
     *
     * @throws ForbiddenResponse (403) when the token is missing or wrong
     */
    public WebUser requireChange(Context ctx, Role... anyOf) {
        WebUser user = require(ctx, anyOf);
        Optional<String> expected = authenticator.csrfToken(ctx);
        if (expected.isPresent()) {
            String given = ctx.header("X-CSRF-Token");
            String type = Optional.ofNullable(ctx.contentType()).orElse("");
            if (given == null
                    && (type.startsWith("application/x-www-form-urlencoded")
                            || type.startsWith("multipart/form-data"))) {
                given = ctx.formParam("_csrf"); // server-rendered forms (and the intake upload form)
            }
            if (given == null
                    || !MessageDigest.isEqual(
                            given.getBytes(StandardCharsets.UTF_8),
                            expected.get().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenResponse("missing or wrong CSRF token");
            }
        }
        return user;
    }

    /**
     * For a long-lived response (an event stream) of a request that passed {@link #require}: true while its sign-in
     * lasts and still holds one of {@code anyOf}. Each call asks the authenticator again (a database read for
     * sessions), so callers ask at most about once a second.
     */
    public BooleanSupplier stillAllowed(Context ctx, Role... anyOf) {
        Supplier<Optional<WebUser>> recheck = authenticator.recheck(ctx);
        Role[] roles = anyOf.clone();
        return () -> recheck.get()
                .filter(u -> roles.length == 0 || Arrays.stream(roles).anyMatch(u::has))
                .isPresent();
    }

    /** The signed-in user, if anyone is (no role asked). */
    public Optional<WebUser> user(Context ctx) {
        return authenticator.user(ctx);
    }

    /** The CSRF token the sign-in of {@code ctx} must send with changes; empty when none applies. */
    public Optional<String> csrfToken(Context ctx) {
        return authenticator.csrfToken(ctx);
    }

    /** The signed-in user, or 401. */
    public WebUser signedIn(Context ctx) {
        return require(ctx);
    }
}
