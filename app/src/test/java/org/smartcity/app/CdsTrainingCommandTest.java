package org.smartcity.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing training run succeeds, and its bundled SUMO scenario really runs the SUMO
 * path (read without warnings, vehicles arrive), so the archive the ./smartcity script records holds it.
 */
class CdsTrainingCommandTest {
    @TempDir
    Path dir;

    @Test
    void trainingRunSucceeds() {
        CliRun run = CliRun.of("cds-training");

        assertThat(run.code()).isZero();
    }

    @Test
    void bundledScenarioRunsTheSumoPath() throws Exception {
        Path scenario = Files.createDirectory(dir.resolve("sumo-training"));
        for (String name : new String[] {"training.net.xml", "training.rou.xml", "training.sumocfg"}) {
            try (InputStream in = CdsTrainingCommand.class.getResourceAsStream("/cds-training/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, scenario.resolve(name));
            }
        }

        CliRun run = CliRun.of(
                "bench",
                "sumo",
                "--data",
                dir.toString(),
                "--sumo",
                dir.resolve("no-sumo").toString(),
                "--json");

        assertThat(run.code()).isZero();
        assertThat(run.err()).doesNotContain("warning");
        JsonNode row = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(row.get("scenario").asText()).isEqualTo("sumo-training");
        assertThat(row.get("smartcity").get("arrived").asInt()).isPositive();
    }
}
