package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.TestNetworks.Phase;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;

/** Vehicles approaching a signal that never turns green stop before the stop line, within their braking limits. */
class RedLightStopTest {
    private static final double EPS = 1e-9;

    /** Approach with a plan whose only phase lets no road link go: red for ever. */
    private static RoadNetwork alwaysRed(double approach_m) {
        return TestNetworks.corridor(approach_m, 200, 1, 16.667, List.of(new Phase(30, false)));
    }

    private static Simulation simulate(RoadNetwork network, VehicleType car, int vehicles, double interval_s) {
        return TestNetworks.simulation(
                network,
                TestNetworks.demand(TestNetworks.flow(
                        network, car, 0, interval_s, vehicles, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
    }

    @ParameterizedTest(name = "maxSpeed {0} m/s, usualNegAcc {1}, maxNegAcc {2} m/s², approach {3} m")
    @CsvSource({
        "11.111, 4.5, 4.5, 400",
        "16.667, 2.0, 4.5, 600",
        "16.667, 3.0, 6.0, 120",
        "8.0, 1.5, 3.0, 60",
    })
    void loneVehicleStopsBeforeTheStopLineWithinItsDecelerationLimit(
            double maxSpeed, double usualNegAcc, double maxNegAcc, double approach_m) {
        VehicleType d = VehicleType.PASSENGER_CAR;
        VehicleType car = new VehicleType(
                d.length_m(), d.width_m(), 2.0, maxNegAcc, 2.0, usualNegAcc, d.minGap_m(), maxSpeed, d.headwayTime_s());
        RoadNetwork network = alwaysRed(approach_m);
        int lane = network.firstLane(network.findRoad(TestNetworks.IN_ROAD).orElseThrow());
        double stopLine_m = network.laneLength_m(lane);
        Simulation sim = simulate(network, car, 1, 1);
        Trajectories trajectories = Trajectories.attachTo(sim);

        sim.run(300);

        List<Trajectories.Sample> samples = trajectories.of(0);
        assertThat(samples).as("the vehicle stays on the network").hasSize(300);
        double previous = 0;
        for (int i = 0; i < samples.size(); i++) {
            Trajectories.Sample s = samples.get(i);
            assertThat(s.onLaneLink()).as("on the junction at step %d", i).isFalse();
            assertThat(s.drivable()).as("lane at step %d", i).isEqualTo(lane);
            assertThat(s.pos_m()).as("position at step %d", i).isLessThanOrEqualTo(stopLine_m + EPS);
            assertThat(previous - s.speed_mps())
                    .as("deceleration at step %d", i)
                    .isLessThanOrEqualTo(maxNegAcc * sim.step_s() + EPS);
            previous = s.speed_mps();
        }
        Trajectories.Sample last = samples.get(samples.size() - 1);
        assertThat(last.speed_mps()).as("final speed").isZero();
        // it comes to rest close to the line, not somewhere up the road
        assertThat(stopLine_m - last.pos_m())
                .as("distance left to the stop line")
                .isLessThan(car.length_m());
        assertThat(sim.summary().finished()).isZero();
        assertThat(sim.summary().running()).isEqualTo(1);
    }

    @Test
    void queueBehindTheRedKeepsItsOrderAndNeverOverlaps() {
        VehicleType car = VehicleType.PASSENGER_CAR;
        RoadNetwork network = alwaysRed(600);
        int lane = network.firstLane(network.findRoad(TestNetworks.IN_ROAD).orElseThrow());
        double stopLine_m = network.laneLength_m(lane);
        int vehicles = 10;
        Simulation sim = simulate(network, car, vehicles, 4);
        double[] pos = new double[vehicles];
        sim.addObserver(s -> {
            java.util.Arrays.fill(pos, Double.NaN);
            s.forEachRunningVehicle((v, drivable, onLink, pos_m, speed) -> pos[v] = pos_m);
            for (int v = 1; v < vehicles; v++) {
                if (!Double.isNaN(pos[v])) {
                    assertThat(pos[v - 1] - car.length_m() - pos[v])
                            .as("gap of vehicle %d to its leader at %s s", v, s.time_s())
                            .isGreaterThanOrEqualTo(-EPS);
                }
            }
        });

        sim.run(300);

        assertThat(sim.summary().running()).isEqualTo(vehicles);
        assertThat(sim.summary().maxQueue_veh()).isEqualTo(vehicles);
        assertThat(pos[0]).isLessThanOrEqualTo(stopLine_m);
        for (int v = 1; v < vehicles; v++) {
            double gap = pos[v - 1] - car.length_m() - pos[v];
            assertThat(gap).as("standing gap of vehicle %d", v).isBetween(0.0, car.minGap_m() + car.length_m());
        }
    }
}
