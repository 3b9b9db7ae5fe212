package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
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

/** Properties that hold for any small grid, demand and seed, and for any vehicle at a red light. */
class SimulationPropertiesTest {
    private static final double EPS = 1e-9;
    /** Speed limit of generated grids and the maximum speed of their vehicles (m/s). */
    private static final double GRID_SPEED_MPS = 11.111;

    @TempDir
    Path dir;

    @Test
    void anySmallGridConservesVehiclesAndKeepsThemOnTheirDrivablesBelowTheSpeedLimit() {
        List<String> controllers = List.copyOf(SignalControllers.builtIn().names());
        qt().withExamples(25)
                .forAll(
                        integers().between(1, 2),
                        integers().between(1, 3),
                        doubles().between(20, 1500),
                        longs().between(0, 1_000_000))
                .checkAssert((rows, cols, vehiclesPerHour, seed) -> {
                    GridSpec spec = new GridSpec(rows, cols, 200, vehiclesPerHour, 0.3, 300, seed);
                    Scenario scenario = GridScenarios.load(spec, dir.resolve("g" + seed));
                    SignalControllers.Entry entry =
                            SignalControllers.builtIn().get(controllers.get((int) (seed % controllers.size())));
                    Simulation sim = scenario.newSimulation(
                            entry.factory(), entry.defaultProtocol(), SimulationConfig.DEFAULT.withSeed(seed));
                    RoadNetwork network = scenario.network();
                    int[] lastFinished = {0};
                    sim.addObserver(s -> {
                        SimulationSummary summary = s.summary();
                        assertThat(summary.vehicles())
                                .isEqualTo(summary.finished() + summary.running() + summary.waitingToEnter());
                        assertThat(summary.finished()).isGreaterThanOrEqualTo(lastFinished[0]);
                        lastFinished[0] = summary.finished();
                        int[] onNetwork = {0};
                        s.forEachRunningVehicle((v, d, onLink, pos, speed) -> {
                            onNetwork[0]++;
                            double length = onLink ? network.laneLinkLength_m(d) : network.laneLength_m(d);
                            assertThat(pos).as("position of vehicle %d", v).isBetween(-EPS, length + EPS);
                            assertThat(speed).as("speed of vehicle %d", v).isBetween(0.0, GRID_SPEED_MPS + EPS);
                        });
                        assertThat(onNetwork[0]).isEqualTo(summary.running());
                    });
                    sim.run(600);
                    assertThat(sim.summary().vehicles()).isEqualTo(sim.plannedVehicles());
                    double att = sim.summary().averageTravelTime_s();
                    assertThat(att).isGreaterThanOrEqualTo(0).isLessThan(Double.POSITIVE_INFINITY);
                });
    }

    @Test
    void anyVehicleStopsAtARedLightWithinItsLimits() {
        qt().withExamples(100)
                .forAll(
                        doubles().between(3, 25),
                        doubles().between(1, 6),
                        doubles().between(1, 2),
                        doubles().between(40, 800))
                .checkAssert((maxSpeed, usualNegAcc, hardBrakingFactor, approach_m) -> {
                    double maxNegAcc = usualNegAcc * hardBrakingFactor;
                    VehicleType car = new VehicleType(5, 2, 2, maxNegAcc, 2, usualNegAcc, 2.5, maxSpeed, 2);
                    RoadNetwork network = TestNetworks.corridor(approach_m, 100, 1, 30, List.of(new Phase(10, false)));
                    int lane = network.firstLane(
                            network.findRoad(TestNetworks.IN_ROAD).orElseThrow());
                    double stopLine_m = network.laneLength_m(lane);
                    Simulation sim = TestNetworks.simulation(
                            network,
                            TestNetworks.demand(TestNetworks.flow(
                                    network, car, 0, 1, 1, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                            (layout, protocol) -> new PlanController(layout),
                            SignalProtocol.NATIVE,
                            0);
                    Trajectories trajectories = Trajectories.attachTo(sim);
                    sim.run(400);
                    double previous = 0;
                    for (Trajectories.Sample s : trajectories.of(0)) {
                        assertThat(s.onLaneLink())
                                .as("entered the junction at %s s", s.time_s())
                                .isFalse();
                        assertThat(s.pos_m()).isLessThanOrEqualTo(stopLine_m + EPS);
                        assertThat(s.speed_mps()).isLessThanOrEqualTo(maxSpeed + EPS);
                        assertThat(previous - s.speed_mps()).isLessThanOrEqualTo(maxNegAcc * sim.step_s() + EPS);
                        previous = s.speed_mps();
                    }
                    assertThat(previous).as("final speed").isZero();
                });
    }
}
