package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.traffic.TrafficDashboard;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

/** An open traffic event stream ends when its sign-in ends: on sign-out and when the account is switched off. */
class StreamSignOutTest {
    @TempDir
    Path dir;

    Platform platform;
    WebServer server;

    @BeforeEach
    void start() throws Exception {
        platform = Platform.open(Database.h2Url(dir.resolve("db")), 4);
        for (String[] u : new String[][] {{"operator", "TRAFFIC_OPERATOR"}, {"admin", "ADMIN"}}) {
            platform.accounts().create("test", u[0], (u[0] + "-password").toCharArray(), Set.of(u[1]));
        }
        CourtWorkspace workspace = new CourtWorkspace(platform);
        GridGenerator.GridFiles files =
                new GridGenerator().write(new GridSpec(2, 2, 300, 400, 0.2, 1800, 2), dir.resolve("grid"));
        Scenario grid = Scenario.loadCityFlow(files.roadnet(), files.flow());
        LiveTwin.Settings settings = new LiveTwin.Settings(
                "max-pressure", SignalProtocol.CITYFLOW, SimulationConfig.DEFAULT, 1, 3600, 20, true);
        TrafficDashboard dashboard =
                new TrafficDashboard(grid, settings, dir.resolve("uploads"), Optional.empty(), (u, a, d) -> {});
        server = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace, dashboard));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Opens the stream, waits for its first event, then reads on to the end in the background. */
    static CompletableFuture<Integer> watch(Browser b) throws Exception {
        HttpResponse<InputStream> r = b.stream("/api/traffic/stream");
        assertThat(r.statusCode()).isEqualTo(200);
        BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
        String first = in.readLine();
        assertThat(first).isEqualTo("event: geometry");
        return CompletableFuture.supplyAsync(() -> {
            int lines = 0;
            try (in) {
                while (in.readLine() != null) {
                    lines++;
                }
            } catch (java.io.IOException e) {
                return -1; // the connection was cut: ended as well
            }
            return lines;
        });
    }

    @Test
    void signingOutEndsTheStream() throws Exception {
        Browser operator = new Browser(server.port());
        assertThat(operator.login("operator", "operator-password")).isEqualTo(200);
        CompletableFuture<Integer> ended = watch(operator);
        assertThat(operator.post("/logout", "{}").statusCode()).isEqualTo(302);
        assertThat(ended.get(20, TimeUnit.SECONDS))
                .as("the stream reached its end")
                .isNotNull();
    }

    @Test
    void switchingTheAccountOffEndsTheStream() throws Exception {
        Browser operator = new Browser(server.port());
        assertThat(operator.login("operator", "operator-password")).isEqualTo(200);
        CompletableFuture<Integer> ended = watch(operator);
        Browser admin = new Browser(server.port());
        assertThat(admin.login("admin", "admin-password")).isEqualTo(200);
        assertThat(admin.post("/api/admin/users/operator/disabled", "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(ended.get(20, TimeUnit.SECONDS))
                .as("the stream reached its end")
                .isNotNull();
    }
}
