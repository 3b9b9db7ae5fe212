package org.smartcity.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.SmartcityCli;
import picocli.CommandLine;

/** The traffic commands as a user runs them: generate a grid, simulate it, and get clear errors. */
class TrafficCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path roadnet;
    private Path flow;

    /** What one command printed and returned. */
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SmartcityCli.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void generateGrid() {
        Run generated = run(
                "traffic",
                "generate",
                "grid",
                "--rows",
                "2",
                "--cols",
                "2",
                "--vehicles-per-hour",
                "200",
                "--out",
                dir.toString());
        assertThat(generated.exitCode()).isZero();
        roadnet = dir.resolve("roadnet_2x2.json");
        flow = dir.resolve("flow_2x2.json");
        assertThat(generated.out()).contains(roadnet.toString()).contains("1600 vehicles");
    }

    @Test
    void simulatePrintsTheSummaryDocumentAsJson() throws IOException {
        Run r = run(
                "traffic",
                "simulate",
                "--roadnet",
                roadnet.toString(),
                "--flow",
                flow.toString(),
                "--controller",
                "max-pressure",
                "--steps",
                "1800",
                "--json",
                "--no-progress");

        assertThat(r.exitCode()).isZero();
        JsonNode summary = JSON.readTree(r.out());
        for (String field :
                List.of("vehicles", "finished", "averageTravelTime_s", "throughput", "averageDelay_s", "wall_s")) {
            assertThat(summary.has(field)).as(field).isTrue();
        }
        assertThat(summary.get("controller").asText()).isEqualTo("max-pressure");
        assertThat(summary.get("protocol").asText()).isEqualTo("cityflow");
        assertThat(summary.get("finished").asInt())
                .isPositive()
                .isLessThanOrEqualTo(summary.get("vehicles").asInt());
        assertThat(summary.get("throughput").asInt())
                .isEqualTo(summary.get("finished").asInt());
        assertThat(summary.get("averageTravelTime_s").asDouble()).isPositive();
    }

    @Test
    void outFolderGetsSummarySeriesAndReplay() throws IOException {
        Path out = dir.resolve("run");
        Run r = run(
                "traffic",
                "simulate",
                "--roadnet",
                roadnet.toString(),
                "--flow",
                flow.toString(),
                "--steps",
                "600",
                "--out",
                out.toString(),
                "--replay",
                "--no-progress");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("averageTravelTime_s");
        assertThat(JSON.readTree(out.resolve("summary.json").toFile())
                        .get("steps")
                        .asInt())
                .isEqualTo(600);
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertThat(series.get(0)).startsWith("time_s,running,waitingToEnter,finished");
        assertThat(series).hasSize(1 + 10);
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("replay.txt.gz")))) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            assertThat(lines.get(0)).startsWith("# smartcity-replay/1");
            assertThat(lines).hasSize(1 + 600);
            assertThat(lines.get(600)).startsWith("t=600.0|").contains(":");
        }
    }

    @Test
    void aBrokenRoadnetIsOneClearErrorLineNamingFilePathAndReason() throws IOException {
        String text = Files.readString(roadnet).replaceFirst("\"width\":4\\.0", "\"width\":-4.0");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, text);

        Run r = run("traffic", "simulate", "--roadnet", broken.toString(), "--flow", flow.toString(), "--no-progress");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err())
                .startsWith("error: " + broken)
                .contains("$.roads[0].lanes[0].width")
                .contains("positive");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownControllerListsTheKnownOnes() {
        Run r = run(
                "traffic",
                "simulate",
                "--roadnet",
                roadnet.toString(),
                "--flow",
                flow.toString(),
                "--controller",
                "magic");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown controller 'magic'").contains("plan, fixed-cycle, max-pressure");
    }

    @Test
    void missingFileIsAClearError() {
        Run r = run("traffic", "simulate", "--roadnet", dir.resolve("nope.json").toString(), "--flow", flow.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nope.json").contains("file not found").doesNotContain("Exception");
    }

    @Test
    void impossibleGridIsRefused() {
        Run r = run("traffic", "generate", "grid", "--rows", "0", "--cols", "3", "--out", dir.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("rows and cols must be in 1..200");
    }
}
