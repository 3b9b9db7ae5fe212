package org.smartcity.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SUMO input on {@code traffic simulate} and the emergency command's errors, as a user meets them. */
class SumoAndEmergencyCliTest {
    @TempDir
    Path dir;

    private static final String NET = """
            <net>
                <edge id="in" from="W" to="C"><lane id="in_0" index="0" speed="13.89" shape="0,0 200,0"/></edge>
                <edge id="out" from="C" to="E"><lane id="out_0" index="0" speed="13.89" shape="200,0 400,0"/></edge>
                <junction id="W" type="dead_end" x="0" y="0"/>
                <junction id="C" type="priority" x="200" y="0"/>
                <junction id="E" type="dead_end" x="400" y="0"/>
                <connection from="in" to="out" fromLane="0" toLane="0" dir="s"/>
            </net>
            """;

    @Test
    void simulateRunsSumoFiles() throws IOException {
        Path net = Files.writeString(dir.resolve("a.net.xml"), NET);
        Path routes = Files.writeString(
                dir.resolve("a.rou.xml"),
                "<routes><flow id=\"f\" from=\"in\" to=\"out\" begin=\"0\" end=\"100\" period=\"10\"/></routes>");

        TrafficCliTest.Run run = TrafficCliTest.run(
                "traffic",
                "simulate",
                "--sumo-net",
                net.toString(),
                "--sumo-routes",
                routes.toString(),
                "--steps",
                "200",
                "--json",
                "--no-progress");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"vehicles\" : 10").contains("\"finished\" : 10");
    }

    @Test
    void aBadSumoFileIsOneLineNamingFileAndLine() throws IOException {
        Path net = Files.writeString(dir.resolve("a.net.xml"), NET);
        Path routes = Files.writeString(
                dir.resolve("a.rou.xml"), "<routes>\n<route id=\"r\" edges=\"in nowhere\"/>\n</routes>");

        TrafficCliTest.Run run = TrafficCliTest.run(
                "traffic", "simulate", "--roadnet", net.toString(), "--flow", routes.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("error: " + routes + ": at line 2 <route id=\"r\">: unknown edge 'nowhere'"
                        + " (not in the network, or no lane of it is open to cars)");
    }

    @Test
    void mixingCityFlowAndSumoFilesIsRefused() throws IOException {
        Path net = Files.writeString(dir.resolve("a.net.xml"), NET);
        Path flow = Files.writeString(dir.resolve("flow.json"), "[]");

        TrafficCliTest.Run run = TrafficCliTest.run(
                "traffic", "simulate", "--roadnet", net.toString(), "--flow", flow.toString(), "--no-progress");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("both be CityFlow JSON or both SUMO XML");
    }

    @Test
    void emergencyEvaluateWithoutDataSaysWhereItLooked() {
        TrafficCliTest.Run run =
                TrafficCliTest.run("traffic", "emergency", "evaluate", "--data", dir.toString(), "--runs", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("data set not found").contains(dir.toString());
    }

    @Test
    void emergencyEvaluateRefusesAProtocolWithoutClearance() {
        TrafficCliTest.Run run = TrafficCliTest.run(
                "traffic", "emergency", "evaluate", "--data", dir.toString(), "--protocol", "native");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no clearance phase");
    }

    @Test
    void emergencyEvaluateChecksItsCongestionOptions() {
        TrafficCliTest.Run scale = TrafficCliTest.run(
                "traffic", "emergency", "evaluate", "--data", dir.toString(), "--demand-scale", "1,0.5");
        TrafficCliTest.Run window = TrafficCliTest.run(
                "traffic",
                "emergency",
                "evaluate",
                "--data",
                dir.toString(),
                "--depart-from",
                "3000",
                "--depart-to",
                "100");
        TrafficCliTest.Run headway = TrafficCliTest.run(
                "traffic", "emergency", "evaluate", "--data", dir.toString(), "--queue-headway", "-1");

        assertThat(scale.exitCode()).isEqualTo(1);
        assertThat(scale.err().strip())
                .isEqualTo("error: --demand-scale: each level must be between 1 and 4.0, got 0.5");
        assertThat(window.exitCode()).isEqualTo(1);
        assertThat(window.err()).contains("--depart-from and --depart-to");
        assertThat(headway.exitCode()).isEqualTo(1);
        assertThat(headway.err()).contains("--queue-headway must be a number of seconds >= 0");
    }
}
