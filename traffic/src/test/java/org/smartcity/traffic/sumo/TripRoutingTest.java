package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.LaneBlock;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;
import org.smartcity.traffic.sim.SimulationModel;

/**
 * Trips (from/to) are routed when each vehicle departs, on the travel times of the recent past, as
 * SUMO routes trips with its routing device: a jam on the short way sends later trips the long way.
 */
class TripRoutingTest {
    @TempDir
    Path dir;

    /** From {@code in} to {@code out} either over {@code up}, {@code upE} (300 m) or {@code down}, {@code downE} (400 m). */
    private static String twoWaysNet() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <net version="1.9">
                    <edge id="in" from="W" to="A" priority="1">
                        <lane id="in_0" index="0" speed="13.89" length="100.00" shape="0.00,0.00 100.00,0.00"/>
                    </edge>
                    <edge id="up" from="A" to="N" priority="1">
                        <lane id="up_0" index="0" speed="13.89" length="100.00" shape="100.00,0.00 150.00,86.60"/>
                    </edge>
                    <edge id="upE" from="N" to="B" priority="1">
                        <lane id="upE_0" index="0" speed="13.89" length="100.00" shape="150.00,86.60 200.00,0.00"/>
                    </edge>
                    <edge id="down" from="A" to="S" priority="1">
                        <lane id="down_0" index="0" speed="13.89" length="150.00" shape="100.00,0.00 150.00,-141.42"/>
                    </edge>
                    <edge id="downE" from="S" to="B" priority="1">
                        <lane id="downE_0" index="0" speed="13.89" length="150.00" shape="150.00,-141.42 200.00,0.00"/>
                    </edge>
                    <edge id="out" from="B" to="E" priority="1">
                        <lane id="out_0" index="0" speed="13.89" length="100.00" shape="200.00,0.00 300.00,0.00"/>
                    </edge>
                    <junction id="W" type="dead_end" x="0.00" y="0.00"/>
                    <junction id="A" type="priority" x="100.00" y="0.00"/>
                    <junction id="N" type="priority" x="150.00" y="86.60"/>
                    <junction id="S" type="priority" x="150.00" y="-141.42"/>
                    <junction id="B" type="priority" x="200.00" y="0.00"/>
                    <junction id="E" type="dead_end" x="300.00" y="0.00"/>
                    <connection from="in" to="up" fromLane="0" toLane="0" dir="l" state="M"/>
                    <connection from="in" to="down" fromLane="0" toLane="0" dir="r" state="M"/>
                    <connection from="up" to="upE" fromLane="0" toLane="0" dir="r" state="M"/>
                    <connection from="down" to="downE" fromLane="0" toLane="0" dir="l" state="M"/>
                    <connection from="upE" to="out" fromLane="0" toLane="0" dir="l" state="M"/>
                    <connection from="downE" to="out" fromLane="0" toLane="0" dir="r" state="M"/>
                </net>
                """;
    }

    private static String trips(boolean asRoutes) {
        StringBuilder b = new StringBuilder("<routes>\n<vType id=\"car\" sigma=\"0\" speedDev=\"0\"/>\n");
        for (int k = 0; k < 200; k++) {
            b.append(
                    asRoutes
                            ? "<vehicle id=\"v%d\" type=\"car\" depart=\"%d\"><route edges=\"in up upE out\"/></vehicle>\n"
                                    .formatted(k, 3 * k)
                            : "<trip id=\"v%d\" type=\"car\" depart=\"%d\" from=\"in\" to=\"out\"/>\n"
                                    .formatted(k, 3 * k));
        }
        return b.append("</routes>\n").toString();
    }

    /** The ids of the vehicles that drove on road {@code road}, with the short way blocked for the first 250 s. */
    private Set<Integer> driversOn(String routes, SimulationConfig config, String road) throws InvalidInputException {
        Path n = SumoFixtures.write(dir, "two.net.xml", twoWaysNet());
        Path r = SumoFixtures.write(dir, "two.rou.xml", routes);
        Scenario scenario = SumoScenarios.load(n, r, 0);
        Simulation sim = scenario.newSimulation(
                SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, config);
        int up = sim.network().findRoad("up").orElseThrow();
        sim.blockLane(new LaneBlock(sim.network().firstLane(up), 90, 0, 250));
        int watched = sim.network().findRoad(road).orElseThrow();
        Set<Integer> seen = new HashSet<>();
        for (int t = 0; t < 900; t++) {
            sim.step();
            sim.forEachRunningVehicle((v, d, onLink, pos, speed) -> {
                if (!onLink && sim.network().laneRoad(d) == watched) {
                    seen.add(v);
                }
            });
        }
        return seen;
    }

    @Test
    void tripsDepartingAfterAJamBuiltUpTakeTheOtherWay() throws InvalidInputException {
        Set<Integer> down = driversOn(trips(false), SimulationConfig.DEFAULT, "down");
        // the first trips take the short way (free flow); once the standing queue on 'up' has lowered
        // its mean speed for long enough, departing trips are sent the long way round
        assertThat(down).isNotEmpty();
        assertThat(down).allMatch(v -> v > 10);
        assertThat(driversOn(trips(false), SimulationConfig.DEFAULT, "up")).contains(0, 1, 2);
    }

    @Test
    void theTimeThroughAJunctionCountsOnTheRoute() throws InvalidInputException {
        // the short way's turn at A runs through a 300 m internal lane: 200 + 300 m against 300 m
        String net = twoWaysNet()
                .replace("<edge id=\"in\" from=", """
                        <edge id=":A_0" function="internal">
                                <lane id=":A_0_0" index="0" speed="13.89" length="300.00" shape="100.00,0.00 100.00,150.00 100.00,0.00"/>
                            </edge>
                            <edge id="in" from=""")
                .replace("<connection from=\"in\" to=\"up\" fromLane=\"0\" toLane=\"0\" dir=\"l\" state=\"M\"/>", """
                        <connection from="in" to="up" fromLane="0" toLane="0" via=":A_0_0" dir="l" state="M"/>
                            <connection from=":A_0" to="up" fromLane="0" toLane="0" dir="l" state="M"/>""");
        Path n = SumoFixtures.write(dir, "via.net.xml", net);
        Path r = SumoFixtures.write(dir, "via.rou.xml", trips(false));
        Simulation sim = SumoScenarios.load(n, r, 0)
                .newSimulation(
                        SignalControllers.builtIn().get("plan").factory(),
                        SignalProtocol.NATIVE,
                        SimulationConfig.DEFAULT);
        int up = sim.network().findRoad("up").orElseThrow();
        int down = sim.network().findRoad("down").orElseThrow();
        Set<Integer> onUp = new HashSet<>();
        Set<Integer> onDown = new HashSet<>();
        for (int t = 0; t < 300; t++) {
            sim.step();
            sim.forEachRunningVehicle((v, d, onLink, pos, speed) -> {
                if (!onLink && sim.network().laneRoad(d) == up) {
                    onUp.add(v);
                }
                if (!onLink && sim.network().laneRoad(d) == down) {
                    onDown.add(v);
                }
            });
        }
        assertThat(onUp).isEmpty();
        assertThat(onDown).contains(0, 1, 2);
    }

    @Test
    void vehiclesOfOneTripFlowAreRoutedEachOnItsOwn() throws InvalidInputException {
        String flow = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <flow id="f" type="car" begin="0" end="600" period="3" from="in" to="out"/>
                </routes>
                """;
        Set<Integer> down = driversOn(flow, SimulationConfig.DEFAULT, "down");
        Set<Integer> up = driversOn(flow, SimulationConfig.DEFAULT, "up");
        assertThat(down).isNotEmpty().allMatch(v -> v > 10);
        assertThat(up).contains(0, 1, 2);
    }

    @Test
    void vehiclesWithARouteKeepItAndTheCityflowModelDoesNotReroute() throws InvalidInputException {
        assertThat(driversOn(trips(true), SimulationConfig.DEFAULT, "down")).isEmpty();
        assertThat(driversOn(trips(false), SimulationConfig.DEFAULT.withModel(SimulationModel.CITYFLOW), "down"))
                .isEmpty();
    }
}
