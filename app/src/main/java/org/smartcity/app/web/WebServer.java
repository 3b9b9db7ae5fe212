package org.smartcity.app.web;

import io.javalin.Javalin;
import java.util.List;

/** The one HTTP server: every {@link WebFeature} on one port. Stop it with {@link #close()}. */
public final class WebServer implements AutoCloseable {
    private final Javalin javalin;
    private final List<WebFeature> features;

    private WebServer(Javalin javalin, List<WebFeature> features) {
        this.javalin = javalin;
        this.features = features;
    }

    /**
     * Builds and starts the server.
     *
     * @param host interface to bind, e.g. {@code 127.0.0.1}
     * @param port TCP port, 0 for any free one (see {@link #port()})
     * @throws PortInUseException when the port is taken; the features are closed then
     */
    public static WebServer start(String host, int port, Authenticator authenticator, List<WebFeature> features) {
        List<WebFeature> owned = List.copyOf(features);
        if (port != 0 && !free(host, port)) {
            // said before Javalin tries, so that its own "failed to start" log line does not precede ours
            owned.forEach(WebFeature::close);
            throw new PortInUseException(host, port, null);
        }
        WebAccess access = new WebAccess(authenticator);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            for (WebFeature feature : owned) {
                feature.register(config, access);
            }
        });
        try {
            javalin.start(host, port);
        } catch (RuntimeException e) {
            javalin.stop();
            owned.forEach(WebFeature::close);
            if (isBindFailure(e)) {
                throw new PortInUseException(host, port, e);
            }
            throw e;
        }
        return new WebServer(javalin, owned);
    }

    /** Whether {@code host:port} can be bound now (a later bind can still lose a race: {@link #start} handles it). */
    private static boolean free(String host, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (java.io.IOException e) {
            return !(e instanceof java.net.BindException);
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException
                    || t.getClass().getSimpleName().contains("BindException")) {
                return true;
            }
        }
        return false;
    }

    /** The bound port. */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
        for (WebFeature feature : features) {
            feature.close();
        }
    }
}
