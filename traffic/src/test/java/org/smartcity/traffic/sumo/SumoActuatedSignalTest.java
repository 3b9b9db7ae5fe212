package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.PhaseActuation;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * SUMO's actuated programs on the hand-written junction of {@link SumoFixtures}: phase minima and
 * maxima and the program's parameters are read, a green nobody uses ends at its minimum, a green with
 * a steady stream of vehicles lasts up to its maximum, and a green ends once the stream has a gap. The
 * second green has no loop of its own (its lane also feeds the straight link, red then), so, as in
 * SUMO, it always ends at its minimum.
 */
class SumoActuatedSignalTest {
    @TempDir
    Path dir;

    private static String actuatedNet(String params) {
        return SumoFixtures.net().replace("""
                        <tlLogic id="C" type="static" programID="0" offset="0">
                                <phase duration="30" state="Gr"/>
                                <phase duration="3"  state="yr"/>
                                <phase duration="20" state="rG"/>
                            </tlLogic>""", """
                        <tlLogic id="C" type="actuated" programID="0" offset="0">
                                PARAMS
                                <phase duration="30" state="Gg" minDur="6" maxDur="40"/>
                                <phase duration="3"  state="yy"/>
                                <phase duration="20" state="rG" minDur="5" maxDur="30"/>
                                <phase duration="3"  state="ry"/>
                            </tlLogic>""".replace("PARAMS", params));
    }

    private Scenario load(String net, String routes) throws InvalidInputException {
        return SumoScenarios.load(
                SumoFixtures.write(dir, "a.net.xml", net), SumoFixtures.write(dir, "a.rou.xml", routes), 0);
    }

    /** Seconds each SUMO phase stayed shown, in order, over the first {@code steps} seconds (phase i is i + 1 here). */
    private static List<int[]> shownPhases(Scenario scenario, int steps) {
        Simulation sim = scenario.newSimulation(
                SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, SimulationConfig.DEFAULT);
        int c = sim.network().findIntersection("C").getAsInt();
        List<int[]> runs = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            sim.step();
            int phase = sim.signals().shownPhase(c) - 1;
            if (runs.isEmpty() || runs.get(runs.size() - 1)[0] != phase) {
                runs.add(new int[] {phase, 0});
            }
            runs.get(runs.size() - 1)[1]++;
        }
        return runs;
    }

    @Test
    void theReaderKeepsMinimaMaximaParametersAndTheLinksEachGreenMeasures() throws InvalidInputException {
        RoadNetwork network = load(actuatedNet("<param key=\"max-gap\" value=\"4.5\"/>"), "<routes/>")
                .network();
        int c = network.findIntersection("C").getAsInt();
        PhaseActuation first = network.phasesOf(c).get(1).actuation();
        assertThat(first.minDuration_s()).isEqualTo(6);
        assertThat(first.maxDuration_s()).isEqualTo(40);
        assertThat(first.maxGap_s()).isEqualTo(4.5);
        assertThat(first.detectorGap_s()).isEqualTo(PhaseActuation.DEFAULT_DETECTOR_GAP_S);
        assertThat(network.phasesOf(c).get(2).actuation()).as("yellow is fixed").isNull();
        int straight = network.laneLinksOf(network.roadLinkBetween(
                network.findRoad("in").getAsInt(), network.findRoad("out").getAsInt()))[0];
        int left = network.laneLinksOf(network.roadLinkBetween(
                network.findRoad("in").getAsInt(), network.findRoad("up").getAsInt()))[0];
        assertThat(first.actuates(straight)).isTrue();
        assertThat(first.actuates(left))
                .as("a minor green on a road of one car lane counts")
                .isTrue();
        assertThat(network.phasesOf(c).get(3).actuation().actuates(left)).isTrue();
        assertThat(network.phasesOf(c).get(3).actuation().actuates(straight)).isFalse();
    }

    @Test
    void aBadParameterIsReportedWithItsLine() {
        InvalidInputException e = catchThrowableOfType(
                () -> load(actuatedNet("<param key=\"max-gap\" value=\"soon\"/>"), "<routes/>"),
                InvalidInputException.class);
        assertThat(e.getMessage())
                .contains("a.net.xml")
                .contains("line")
                .contains("max-gap")
                .contains("soon");
    }

    @Test
    void greensNobodyUsesEndAtTheirMinimum() throws InvalidInputException {
        List<int[]> runs = shownPhases(load(actuatedNet(""), "<routes/>"), 60);
        assertThat(runs.get(0)).containsExactly(0, 6);
        assertThat(runs.get(1)).containsExactly(1, 3);
        assertThat(runs.get(2)).containsExactly(2, 5);
        assertThat(runs.get(3)).containsExactly(3, 3);
    }

    @Test
    void aSteadyStreamHoldsTheGreenToItsMaximumAndAGapEndsIt() throws InvalidInputException {
        String steady = """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <flow id="f" type="car" begin="0" end="200" period="2"><route edges="in out"/></flow>
                </routes>
                """;
        List<int[]> held = shownPhases(load(actuatedNet(""), steady), 120);
        assertThat(held).anySatisfy(run -> assertThat(run).containsExactly(0, 40));

        String sparse = steady.replace("period=\"2\"", "period=\"30\"");
        List<int[]> gapped = shownPhases(load(actuatedNet(""), sparse), 200);
        assertThat(gapped.stream().filter(run -> run[0] == 0).mapToInt(run -> run[1]))
                .as("a vehicle every 30 s leaves gaps longer than max-gap: no green reaches its maximum")
                .allSatisfy(green -> assertThat(green).isLessThan(20));
    }
}
