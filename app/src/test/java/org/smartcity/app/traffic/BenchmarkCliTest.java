package org.smartcity.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smartcity traffic benchmark}: finds data sets, runs them, and its output parses. */
class BenchmarkCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void benchmarkJsonOutputHasOneRowPerRunWithTheDocumentedFields() throws IOException {
        Path data = dir.resolve("data/grid");
        TrafficCliTest.Run generated = TrafficCliTest.run(
                "traffic", "generate", "grid", "--rows", "1", "--cols", "2", "--out", data.toString());
        assertThat(generated.exitCode()).isZero();
        Path out = dir.resolve("out");

        TrafficCliTest.Run r = TrafficCliTest.run(
                "traffic",
                "benchmark",
                "--data",
                dir.resolve("data").toString(),
                "--controllers",
                "plan,fixed-cycle,max-pressure",
                "--steps",
                "600",
                "--out",
                out.toString(),
                "--json",
                "--no-progress",
                "--threads",
                "2");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        assertThat(rows.isArray()).isTrue();
        // plan once, the two others under cityflow and practitioner
        assertThat(rows).hasSize(5);
        Set<String> runs = new HashSet<>();
        for (JsonNode row : rows) {
            for (String field : List.of(
                    "network",
                    "flow",
                    "controller",
                    "protocol",
                    "averageTravelTime_s",
                    "averageDelay_s",
                    "throughput",
                    "maxWait_s")) {
                assertThat(row.has(field)).as(field).isTrue();
            }
            assertThat(row.get("network").asText()).isEqualTo("grid");
            assertThat(row.get("flow").asText()).isEqualTo("flow_1x2");
            assertThat(row.get("averageTravelTime_s").asDouble()).isPositive();
            runs.add(row.get("controller").asText() + "/" + row.get("protocol").asText());
        }
        assertThat(runs)
                .containsExactlyInAnyOrder(
                        "plan/native",
                        "fixed-cycle/cityflow",
                        "fixed-cycle/practitioner",
                        "max-pressure/cityflow",
                        "max-pressure/practitioner");
        assertThat(Files.readAllLines(out.resolve("results.md")).get(0)).startsWith("| network | flow | protocol");
        assertThat(JSON.readTree(out.resolve("results.json").toFile())).hasSize(5);
        assertThat(Files.size(out.resolve("results.png"))).isPositive();
    }

    @Test
    void unknownControllerIsRefusedBeforeAnythingRuns() {
        TrafficCliTest.Run r = TrafficCliTest.run(
                "traffic",
                "benchmark",
                "--data",
                dir.toString(),
                "--controllers",
                "max-pressure,nope",
                "--out",
                dir.resolve("out").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown controller 'nope'");
    }
}
