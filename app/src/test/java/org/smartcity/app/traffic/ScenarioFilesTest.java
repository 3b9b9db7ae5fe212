package org.smartcity.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.network.NetworkSource;
import org.smartcity.traffic.scenario.Scenario;

/** The loader that lets serve and bench dashboard take SUMO files as simulate does. */
class ScenarioFilesTest {
    private static final String NET = """
            <net version="1.9">
                <edge id=":C_0" function="internal">
                    <lane id=":C_0_0" index="0" speed="13.89" length="10.00" shape="195.00,-1.60 205.00,-1.60"/>
                </edge>
                <edge id="a" from="W" to="C"><lane id="a_0" index="0" speed="13.89" length="195.00" shape="0.00,-1.60 195.00,-1.60"/></edge>
                <edge id="b" from="C" to="E"><lane id="b_0" index="0" speed="13.89" length="195.00" shape="205.00,-1.60 400.00,-1.60"/></edge>
                <junction id="W" type="dead_end" x="0.00" y="0.00"/>
                <junction id="C" type="priority" x="200.00" y="0.00" incLanes="a_0" intLanes=":C_0_0">
                    <request index="0" response="0" foes="0" cont="0"/>
                </junction>
                <junction id="E" type="dead_end" x="400.00" y="0.00"/>
                <connection from="a" to="b" fromLane="0" toLane="0" via=":C_0_0" dir="s" state="M"/>
                <connection from=":C_0" to="b" fromLane="0" toLane="0" dir="s" state="M"/>
            </net>
            """;

    @Test
    void sumoFilesLoadAsASumoScenarioAndWarnAboutWhatIsNotModelled(@TempDir Path dir) throws Exception {
        Path net = Files.writeString(dir.resolve("x.net.xml"), NET);
        Path routes = Files.writeString(
                dir.resolve("x.rou.xml"),
                "<routes><vehicle id=\"v\" depart=\"105\" departSpeed=\"max\"><route edges=\"a b\"/></vehicle></routes>");
        StringWriter err = new StringWriter();
        Scenario scenario = ScenarioFiles.load(net, routes, 100, new PrintWriter(err));
        assertThat(scenario.network().source()).isEqualTo(NetworkSource.SUMO);
        assertThat(scenario.demand().flows().get(0).startTime_s()).isEqualTo(5.0);
        assertThat(err.toString()).startsWith("warning: x.rou.xml: line 1: <vehicle> attribute 'departSpeed'");
    }

    @Test
    void aCityFlowNetworkWithASumoDemandIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path net = Files.writeString(dir.resolve("roadnet.json"), "{}");
        Path routes = Files.writeString(dir.resolve("x.rou.xml"), "<routes/>");
        assertThatThrownBy(() -> ScenarioFiles.load(net, routes, 0, new PrintWriter(new StringWriter())))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("CityFlow JSON or both SUMO XML")
                .hasMessageContaining("roadnet.json");
        assertThatThrownBy(() -> ScenarioFiles.load(
                        Files.writeString(dir.resolve("y.net.xml"), NET),
                        routes,
                        -5,
                        new PrintWriter(new StringWriter())))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("--begin");
    }
}
