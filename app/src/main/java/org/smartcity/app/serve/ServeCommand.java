package org.smartcity.app.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.smartcity.app.web.Authenticator;
import org.smartcity.app.web.PortInUseException;
import org.smartcity.app.web.WebFeature;
import org.smartcity.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartcity serve}: the court workspace and the traffic operations dashboard on one port. Each feature
 * brings its own options as a mixin ({@link CourtServeOptions}, {@link TrafficServeOptions}).
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web server: court workspace and traffic operations dashboard on one port.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(
            names = "--data",
            defaultValue = "smartcity-data",
            description = "Folder for the database and uploaded files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    CourtServeOptions court;

    @Mixin
    TrafficServeOptions traffic;

    @Override
    public Integer call() throws Exception {
        List<WebFeature> features = new ArrayList<>();
        court.feature(data).ifPresent(features::add);
        traffic.feature(data, court.operatorLog(data)).ifPresent(features::add);
        Authenticator authenticator = court.authenticator(data);
        WebServer started;
        try {
            started = WebServer.start(host, port, authenticator, features);
        } catch (PortInUseException e) {
            throw new org.smartcity.app.cli.UserError(e.getMessage());
        }
        try (WebServer server = started) {
            System.out.printf("smartcity serving on http://%s:%d/ (Ctrl-C stops)%n", host, server.port());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "serve-shutdown"));
            stopped.await();
        }
        return 0;
    }
}
