package org.smartcity.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.UserError;
import org.smartcity.app.web.traffic.TrafficDashboard;
import picocli.CommandLine;

class TrafficServeOptionsTest {
    @TempDir
    Path dir;

    private TrafficServeOptions parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.traffic;
    }

    @Test
    void aBadNetworkFileStopsServeWithTheFileAndTheReason() throws Exception {
        Path roadnet = dir.resolve("roadnet.json");
        Path flow = dir.resolve("flow.json");
        Files.writeString(roadnet, "{\"intersections\": 5}");
        Files.writeString(flow, "[]");
        TrafficServeOptions options = parse("--roadnet", roadnet.toString(), "--flow", flow.toString());
        assertThatThrownBy(() -> options.dashboard(dir, (u, a, d) -> {}))
                .isInstanceOf(UserError.class)
                .hasMessage("traffic network not loaded: " + roadnet
                        + ": at $.intersections: must be a JSON array, got NUMBER");
    }

    @Test
    void optionsAreCheckedBeforeAnythingStarts() {
        assertThatThrownBy(() -> parse("--controller", "nope").dashboard(dir, (u, a, d) -> {}))
                .hasMessageStartingWith("--controller: unknown controller 'nope'");
        assertThatThrownBy(() -> parse("--speed", "-3").dashboard(dir, (u, a, d) -> {}))
                .hasMessageContaining("speed must be");
        assertThatThrownBy(() -> parse("--roadnet", "x.json").dashboard(dir, (u, a, d) -> {}))
                .hasMessageContaining("--roadnet and --flow go together");
    }

    @Test
    void withoutANetworkTheTwinRunsAGeneratedGrid() {
        try (TrafficDashboard dashboard =
                parse("--grid", "2", "--controller", "webster").dashboard(dir, (u, a, d) -> {})) {
            assertThat(dashboard.twin().geometry().signals()).hasSize(4);
            assertThat(dashboard.twin().protocol().name()).isEqualTo("practitioner");
            assertThat(dir.resolve("traffic-grid")).isDirectory();
        }
    }
}
