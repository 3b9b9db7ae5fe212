package org.smartcity.app.web;

import io.javalin.config.JavalinConfig;

/**
 * One part of the web server (court workspace, traffic dashboard, …). Features are listed explicitly
 * by {@code smartcity serve}; each adds its routes and static files and checks roles through
 * {@link WebAccess} on every endpoint.
 */
public interface WebFeature extends AutoCloseable {
    /** Short name for logs, e.g. {@code court} or {@code traffic}. */
    String name();

    /** Adds routes to the server being built. Called once, before the server starts. */
    void register(JavalinConfig config, WebAccess access);

    /** Stops background work (simulation threads, pools). Called once when the server stops. */
    @Override
    default void close() {}
}
