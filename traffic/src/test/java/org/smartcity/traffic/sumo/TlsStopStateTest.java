package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * A traffic light's {@code s} (SUMO's "stop, then go when the way is free", e.g. right turns on red)
 * lets vehicles through in that phase after a halt at the line; {@code r} holds them until their own
 * green; {@code G} lets them through without a halt.
 */
class TlsStopStateTest {
    @TempDir
    Path dir;

    /**
     * Seconds until the vehicle that turns from {@code in} to {@code up} is on {@code up}, with phase 0
     * showing {@code state}, and its lowest speed on {@code in} (m/s).
     */
    private double[] turn(String phase0State) throws InvalidInputException {
        String net = SumoFixtures.net()
                .replace(
                        "<phase duration=\"30\" state=\"Gr\"/>",
                        "<phase duration=\"30\" state=\"" + phase0State + "\"/>");
        Path n = SumoFixtures.write(dir, "s.net.xml", net);
        Path r = SumoFixtures.write(dir, "s.rou.xml", """
                <routes>
                    <vType id="car" sigma="0" speedDev="0"/>
                    <vehicle id="turner" type="car" depart="0"><route edges="in up"/></vehicle>
                </routes>
                """);
        Simulation sim = SumoScenarios.load(n, r, 0)
                .newSimulation(
                        SignalControllers.builtIn().get("plan").factory(),
                        SignalProtocol.NATIVE,
                        SimulationConfig.DEFAULT);
        int up = sim.network().findRoad("up").orElseThrow();
        int in = sim.network().findRoad("in").orElseThrow();
        double[] lowest = {Double.POSITIVE_INFINITY};
        for (int t = 1; t <= 120; t++) {
            sim.step();
            boolean[] onUp = new boolean[1];
            sim.forEachRunningVehicle((v, d, onLink, pos, speed) -> {
                onUp[0] |= !onLink && sim.network().laneRoad(d) == up;
                if (!onLink && sim.network().laneRoad(d) == in && pos > 100) {
                    lowest[0] = Math.min(lowest[0], speed);
                }
            });
            if (onUp[0] || sim.finishedCount() > 0) {
                return new double[] {t, lowest[0]};
            }
        }
        return new double[] {Double.POSITIVE_INFINITY, lowest[0]};
    }

    @Test
    void aStopStateLetsTheTurnGoAfterAHaltWhereRedHoldsItAndGreenLetsItGoOn() throws InvalidInputException {
        // SUMO phase 0 lasts 30 s; the turner reaches the line after about 20 s
        double[] stop = turn("Gs");
        assertThat(stop[0]).isLessThan(30);
        assertThat(stop[1]).as("halts at the line").isLessThan(0.1);
        assertThat(turn("Gr")[0]).isGreaterThan(33);
        double[] green = turn("GG");
        assertThat(green[0]).isLessThan(stop[0]);
        assertThat(green[1]).as("no halt on green").isGreaterThan(1.0);
    }
}
