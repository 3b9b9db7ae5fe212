package org.smartcity.app.web;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/** Finds the signed-in user of a request (session cookie, test header, …); empty when nobody is signed in. */
@FunctionalInterface
public interface Authenticator {
    Optional<WebUser> user(Context ctx);

    /**
     * The CSRF token a state-changing request of this sign-in must carry ({@code X-CSRF-Token}); empty when the
     * sign-in is not ambient (not a cookie the browser sends by itself, e.g. a test header), so no token applies.
     */
    default Optional<String> csrfToken(Context ctx) {
        return Optional.empty();
    }

    /**
     * Asks again, later, who is signed in with the credentials of {@code ctx} (for a long-lived response such as an
     * event stream): empty once that sign-in has ended (signed out, expired, account switched off). The default
     * asks {@link #user} again with the same request.
     */
    default Supplier<Optional<WebUser>> recheck(Context ctx) {
        return () -> user(ctx);
    }
}
