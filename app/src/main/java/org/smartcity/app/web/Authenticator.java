package org.smartcity.app.web;

import io.javalin.http.Context;
import java.util.Optional;

/** Finds the signed-in user of a request (session cookie, test header, …); empty when nobody is signed in. */
@FunctionalInterface
public interface Authenticator {
    Optional<WebUser> user(Context ctx);
}
