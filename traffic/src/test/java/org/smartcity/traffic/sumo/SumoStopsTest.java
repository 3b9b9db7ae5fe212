package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.VehicleStop;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * Bus stops and {@code <stop>}s: the bus halts at the stop's end position for its duration, blocking
 * its lane, and that standing time is not time loss (as in SUMO's trip info).
 */
class SumoStopsTest {
    @TempDir
    Path dir;

    private static final String STOPS = "<add>\n<busStop id=\"s1\" lane=\"in_1\" startPos=\"80\" endPos=\"100\"/>\n"
            + "<busStop id=\"walk\" lane=\"in_0\" startPos=\"10\" endPos=\"30\"/>\n</add>";

    /** A bus on in → out departing at 0, optionally with {@code stop}, and a car 2 s behind it. */
    private static String routes(String stop) {
        return "<routes>\n<vType id=\"bus\" vClass=\"bus\" sigma=\"0\"/><vType id=\"car\" sigma=\"0\"/>\n"
                + "<vehicle id=\"bus\" type=\"bus\" depart=\"0\"><route edges=\"in out\"/>" + stop + "</vehicle>\n"
                + "<vehicle id=\"car\" type=\"car\" depart=\"2\"><route edges=\"in out\"/></vehicle>\n</routes>";
    }

    private Scenario load(String routes) throws InvalidInputException {
        SumoFixtures.write(dir, "x.net.xml", SumoFixtures.net());
        SumoFixtures.write(dir, "x.rou.xml", routes);
        SumoFixtures.write(dir, "s.add.xml", STOPS);
        Path cfg = SumoFixtures.write(
                dir,
                "x.sumocfg",
                "<c><n value=\"x.net.xml\"/><a value=\"s.add.xml\"/><r value=\"x.rou.xml\"/><e value=\"300\"/></c>");
        return SumoScenarios.load(SumoConfig.read(cfg));
    }

    /** {duration of the bus, duration of the car, time loss of the bus} from one run of 300 s. */
    private static double[] run(Scenario scenario) {
        Simulation sim = scenario.newSimulation(
                SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, SimulationConfig.DEFAULT);
        TripStatistics busOnly = new TripStatistics(sim);
        double[] out = new double[3];
        double[] firstSeen = {Double.NaN, Double.NaN};
        double[] lastSeen = new double[2];
        sim.addObserver(s -> s.forEachRunningVehicle((v, lane, onLink, pos, speed) -> {
            if (Double.isNaN(firstSeen[v])) {
                firstSeen[v] = s.time_s();
            }
            lastSeen[v] = s.time_s();
        }));
        sim.addObserver(busOnly);
        sim.run(300);
        assertThat(sim.finishedCount()).isEqualTo(2);
        out[0] = lastSeen[0] - firstSeen[0];
        out[1] = lastSeen[1] - firstSeen[1];
        out[2] = busOnly.meanTimeLoss_s() * busOnly.arrived(); // both vehicles together
        return out;
    }

    @Test
    void aBusDwellsAtItsStopBlockingItsLaneWithoutTimeLossForTheDwell() throws InvalidInputException {
        Scenario plain = load(routes(""));
        Scenario stopping = load(routes("<stop busStop=\"s1\" duration=\"20\"/>"));

        assertThat(stopping.demand().flows().get(0).halts())
                .containsExactly(new VehicleStop(0, 0, 100, 20, Double.NaN));
        double[] without = run(plain);
        double[] with = run(stopping);

        assertThat(with[0] - without[0])
                .as("the bus stands 20 s and brakes for it")
                .isGreaterThanOrEqualTo(20);
        assertThat(with[1] - without[1])
                .as("the car behind it cannot pass on the one car lane")
                .isGreaterThanOrEqualTo(10);
        double addedLoss = with[2] - without[2]; // both vehicles' time loss together
        double addedTime = (with[0] - without[0]) + (with[1] - without[1]);
        assertThat(addedLoss).as("the bus's 20 s at the stop are not time loss").isLessThan(addedTime - 15);
    }

    @Test
    void stopsOnLanesCarsMayNotUseAreSkippedWithAWarningAndUnknownStopsAreErrors() throws InvalidInputException {
        Scenario walk = load(routes("<stop busStop=\"walk\" duration=\"20\"/>"));

        assertThat(walk.demand().flows().get(0).halts()).isEmpty();
        assertThat(walk.warnings()).anySatisfy(w -> assertThat(w).contains("<stop> on a lane cars may not use"));
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> load(routes("<stop busStop=\"nope\" duration=\"20\"/>")));
        assertThat(e.jsonPath()).startsWith("line 3 <stop");
        assertThat(e.reason()).contains("unknown stop 'nope'");
    }

    @Test
    void aLaneStopWithUntilHoldsTheVehicleUntilThatTime() throws InvalidInputException {
        Scenario scenario = load(routes("<stop lane=\"in_1\" endPos=\"50\" until=\"90\"/>"));

        List<VehicleStop> halts = scenario.demand().flows().get(0).halts();
        assertThat(halts).containsExactly(new VehicleStop(0, 0, 50, 0, 90));
        assertThat(run(scenario)[0])
                .as("leaves the stop at 90 s, then drives 150 m and one more road")
                .isGreaterThan(90 + 150 / 13.89);
    }
}
