package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.serve.CourtServeOptions;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.traffic.TrafficDashboard;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.store.Database;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.live.LiveTwin;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * The dashboard served with the workspace: an operator signs in with a workspace session, lands on the
 * dashboard, needs the session's CSRF token to change the twin, and the change is in the audit log.
 */
class OperatorSessionTest {

    @Test
    void operatorChangesNeedTheSessionTokenAndAreAudited(@TempDir Path dir) throws Exception {
        try (Platform platform = Platform.open(Database.h2Url(dir), 4)) {
            platform.accounts()
                    .create("test", "operator", "operator-password".toCharArray(), Set.of("TRAFFIC_OPERATOR"));
            CourtWorkspace workspace = new CourtWorkspace(platform);
            GridGenerator.GridFiles files =
                    new GridGenerator().write(new GridSpec(2, 2, 300, 400, 0.2, 1800, 2), dir.resolve("grid"));
            TrafficDashboard dashboard = new TrafficDashboard(
                    Scenario.loadCityFlow(files.roadnet(), files.flow()),
                    new LiveTwin.Settings(
                            "max-pressure", SignalProtocol.CITYFLOW, SimulationConfig.DEFAULT, 1, 3600, 5, true),
                    dir.resolve("uploads"),
                    Optional.empty(),
                    CourtServeOptions.auditedOperatorLog(platform));
            try (WebServer server =
                    WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace, dashboard))) {
                Browser operator = new Browser(server.port());
                assertThat(operator.login("operator", "operator-password")).isEqualTo(200);
                assertThat(operator.get("/").headers().firstValue("Location")).hasValue("/traffic/");
                assertThat(operator.json(operator.get("/api/session/csrf"))
                                .path("csrfToken")
                                .asText())
                        .isEqualTo(operator.csrf());

                String speed = "{\"speed\":20}";
                assertThat(operator.post("/api/traffic/speed", speed, null).statusCode())
                        .isEqualTo(403);
                assertThat(operator.post("/api/traffic/speed", speed, "forged").statusCode())
                        .isEqualTo(403);
                assertThat(platform.audit().recent(10))
                        .extracting(AuditEntry::action)
                        .doesNotContain("traffic.speed");

                assertThat(operator.post("/api/traffic/speed", speed).statusCode())
                        .isEqualTo(200);
                assertThat(platform.audit().recent(10))
                        .filteredOn(e -> e.action().equals("traffic.speed"))
                        .singleElement()
                        .satisfies(e -> assertThat(e.actor()).isEqualTo("operator"));
                assertThat(platform.audit().verify().intact()).isTrue();
            }
        }
    }
}
