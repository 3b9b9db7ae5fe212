package org.smartcity.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.serve.CourtEngineOptions;
import org.smartcity.app.serve.CourtServeOptions;
import org.smartcity.app.serve.TrafficServeOptions;
import org.smartcity.app.web.PortInUseException;
import org.smartcity.app.web.WebFeature;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.court.CourtWorkspace;
import org.smartcity.app.web.court.DemoData;
import org.smartcity.app.web.court.ReferenceEngines;
import org.smartcity.platform.Platform;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartcity demo}: the court workspace on a fresh data folder with a demo user per role and the sample cases
 * imported and reviewed; prints the address and the logins and serves until Ctrl-C. A temporary data folder (no
 * {@code --data}) is deleted when the demo stops or cannot start; a taken port is one line, not a stack trace. The traffic controller
 * comparison that used to be here is {@code smartcity traffic demo}.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Start the court workspace on a fresh data folder with demo users and sample cases"
                + " (the traffic comparison is 'smartcity traffic demo').")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", description = "Fresh data folder to create (default: a new temporary folder).")
    Path data;

    @Mixin
    CourtEngineOptions engines;

    @Mixin
    TrafficServeOptions traffic;

    /** Where the temporary data folder is made when {@code --data} is not given; null: the system's. */
    Path tempParent;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = data;
        boolean temporary = dir == null;
        if (temporary) {
            dir = tempParent == null
                    ? Files.createTempDirectory("smartcity-demo")
                    : Files.createTempDirectory(tempParent, "smartcity-demo");
        } else if (Files.exists(dir.resolve("smartcity.mv.db"))) {
            throw new UserError(dir + " already holds a database; the demo needs a fresh folder");
        }
        try {
            return serve(dir, temporary);
        } finally {
            if (temporary) {
                DataFolder.delete(dir);
            }
        }
    }

    private int serve(Path dir, boolean temporary) throws InterruptedException {
        ReferenceEngines loaded = engines.load();
        Platform platform = CourtServeOptions.openPlatform(Database.h2Url(dir), dir);
        CourtWorkspace workspace = new CourtWorkspace(platform, loaded);
        List<StoredCase> cases = DemoData.load(platform, workspace.cases());
        List<WebFeature> features = new ArrayList<>(List.of(workspace));
        traffic.feature(dir, CourtServeOptions.auditedOperatorLog(platform)).ifPresent(features::add);
        WebServer started;
        try {
            started = WebServer.start(host, port, workspace.authenticator(), features);
        } catch (PortInUseException e) {
            throw new UserError(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch cleaned = new CountDownLatch(1);
        // Ctrl-C: the hook lets the main thread close the server and delete the temporary folder before the JVM halts
        Thread hook = new Thread(
                () -> {
                    stopped.countDown();
                    try {
                        cleaned.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (WebServer server = started) {
            System.out.printf(
                    "smartcity demo: http://%s:%d/login (court workspace; traffic dashboard at /traffic/)%n",
                    host, server.port());
            System.out.printf(
                    "data folder: %s (%d sample cases imported and reviewed%s)%n",
                    dir, cases.size(), temporary ? "; deleted when the demo stops" : "");
            System.out.println("logins (user / password):");
            for (DemoData.Login l : DemoData.logins()) {
                System.out.printf("  %-11s %-22s %s%n", l.name(), l.password(), l.role());
            }
            System.out.println("Ctrl-C stops. The traffic controller comparison: ./smartcity traffic demo");
            System.out.flush();
            stopped.await();
        } finally {
            if (temporary) {
                DataFolder.delete(dir);
            }
            cleaned.countDown();
        }
        return 0;
    }
}
