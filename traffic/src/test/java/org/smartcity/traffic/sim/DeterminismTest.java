package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.TestNetworks.Phase;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;

/** The same scenario, controller and seed give the same run, to the last bit. */
class DeterminismTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedGivesIdenticalSummaryAndSeries() {
        GridSpec spec = new GridSpec(2, 2, 300, 300, 0.3, 1800, 11);
        // generated and loaded twice, so nothing is shared between the runs but the spec
        Scenario first = GridScenarios.load(spec, dir.resolve("a"));
        Scenario second = GridScenarios.load(spec, dir.resolve("b"));
        for (String controller : SignalControllers.builtIn().names()) {
            Simulation a = run(first, controller, 5);
            Simulation b = run(second, controller, 5);

            assertThat(a.summary()).as(controller).isEqualTo(b.summary());
            assertThat(a.summary().averageTravelTime_s()).isPositive();
            assertThat(a.series()).hasSameSizeAs(b.series());
            for (int row = 0; row < a.series().size(); row++) {
                assertThat(a.series().get(row))
                        .as("%s series row %d", controller, row)
                        .containsExactly(b.series().get(row));
            }
        }
    }

    private static Simulation run(Scenario scenario, String controller, long seed) {
        SignalControllers.Entry entry = SignalControllers.builtIn().get(controller);
        Simulation sim = scenario.newSimulation(
                entry.factory(), entry.defaultProtocol(), SimulationConfig.DEFAULT.withSeed(seed));
        sim.run(1800);
        return sim;
    }

    @Test
    void sameSeedGivesIdenticalTrajectoriesWhereTheSeedMatters() {
        // three lanes that all lead on: the first lane of every vehicle is drawn with the seed
        assertThat(trajectories(42)).isEqualTo(trajectories(42));
    }

    @Test
    void theSeedDrawsTheFirstLane() {
        String lanesSeed1 = firstLanes(1);

        assertThat(lanesSeed1).isEqualTo(firstLanes(1));
        assertThat(lanesSeed1).contains("0", "1", "2");
        assertThat(lanesSeed1).isNotEqualTo(firstLanes(2));
    }

    private static RoadNetwork threeLanes() {
        return TestNetworks.corridor(300, 300, 3, 11.111, List.of(new Phase(20, false), new Phase(20, true)));
    }

    private static Simulation threeLaneRun(long seed) {
        RoadNetwork network = threeLanes();
        return TestNetworks.simulation(
                network,
                TestNetworks.demand(TestNetworks.flow(
                        network, VehicleType.PASSENGER_CAR, 0, 1, 40, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                seed);
    }

    private static List<String> trajectories(long seed) {
        Simulation sim = threeLaneRun(seed);
        List<String> lines = new ArrayList<>();
        sim.addObserver(s -> s.forEachRunningVehicle((v, d, onLink, pos, speed) ->
                lines.add(s.time_s() + " " + v + " " + d + " " + onLink + " " + pos + " " + speed)));
        sim.run(200);
        assertThat(sim.summary().finished()).isEqualTo(40);
        return lines;
    }

    /** The first lane (0..2) of each of the 40 vehicles, in vehicle order. */
    private static String firstLanes(long seed) {
        Simulation sim = threeLaneRun(seed);
        Trajectories t = Trajectories.attachTo(sim);
        sim.run(200);
        StringBuilder lanes = new StringBuilder();
        for (int v = 0; v < 40; v++) {
            lanes.append(t.of(v).get(0).drivable());
        }
        return lanes.toString();
    }
}
