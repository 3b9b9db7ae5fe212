package org.smartcity.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --detectors --incident --truth} feeding {@code traffic stream}, end to end. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StreamCliTest {
    @TempDir
    Path dir;

    @Test
    void aSimulatedIncidentInACamerasViewComesOutAsAnAlarmOfTheStreamJob() throws IOException {
        TrafficCliTest.Run grid = TrafficCliTest.run(
                "traffic",
                "generate",
                "grid",
                "--rows",
                "1",
                "--cols",
                "2",
                "--vehicles-per-hour",
                "400",
                "--out",
                dir.toString());
        assertThat(grid.exitCode()).as(grid.err()).isZero();
        Path records = dir.resolve("detectors.jsonl");
        Path truth = dir.resolve("truth.jsonl");
        TrafficCliTest.Run sim = TrafficCliTest.run(
                "traffic",
                "simulate",
                "--roadnet",
                dir.resolve("roadnet_1x2.json").toString(),
                "--flow",
                dir.resolve("flow_1x2.json").toString(),
                "--steps",
                "400",
                "--no-progress",
                "--detectors",
                records.toString(),
                "--incident",
                "road_1_1_0:1:200:100:300",
                "--truth",
                truth.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(Files.readString(truth)).contains("\"road\":\"road_1_1_0\"", "\"from_ms\":100000");

        Path out = dir.resolve("out");
        TrafficCliTest.Run stream = TrafficCliTest.run(
                "traffic", "stream", "--input", records.toString(), "--out", out.toString(), "--parallelism", "2");
        assertThat(stream.exitCode()).as(stream.err()).isZero();
        List<String> alarms = Files.readAllLines(out.resolve("alarms.jsonl"));
        assertThat(alarms)
                .anySatisfy(a -> assertThat(a).contains("\"detector\":\"camera-stopped\"", "\"road\":\"road_1_1_0\""));
        assertThat(Files.readAllLines(out.resolve("lanes.jsonl"))).isNotEmpty();
        assertThat(Files.readAllLines(out.resolve("rejected.jsonl"))).isEmpty();
    }

    @Test
    void badIncidentsAndMissingInputsAreOneLineErrors() {
        TrafficCliTest.Run r = TrafficCliTest.run("traffic", "stream", "--out", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("give one of --input FILE…, --socket HOST:PORT or --kafka HOST:PORT --topic T");
        TrafficCliTest.Run missing = TrafficCliTest.run(
                "traffic", "stream", "--input", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or folder");
    }
}
