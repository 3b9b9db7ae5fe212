package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;

/** A lone vehicle on a free road: accelerates within its limits to its speed and keeps it. */
class CarFollowingTest {
    private static final double EPS = 1e-9;
    private static final double ROAD_M = 2000;

    @ParameterizedTest(name = "vehicle max {0} m/s, lane limit {1} m/s")
    @CsvSource({"11.111, 16.667", "16.667, 11.111", "20.0, 20.0"})
    void loneVehicleReachesAndKeepsItsSpeedWithoutExceedingIt(double vehicleMax_mps, double laneMax_mps) {
        VehicleType car = withMaxSpeed(VehicleType.PASSENGER_CAR, vehicleMax_mps);
        RoadNetwork network = TestNetworks.straightRoad(ROAD_M, laneMax_mps);
        Simulation sim = TestNetworks.simulation(
                network,
                TestNetworks.demand(TestNetworks.flow(network, car, 0, 1, 1, "road")),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
        Trajectories trajectories = Trajectories.attachTo(sim);

        sim.run(600);

        double limit = Math.min(vehicleMax_mps, laneMax_mps);
        List<Trajectories.Sample> samples = trajectories.of(0);
        assertThat(samples).hasSizeGreaterThan(10);
        double previous = 0;
        int firstAtLimit = -1;
        for (int i = 0; i < samples.size(); i++) {
            double speed = samples.get(i).speed_mps();
            assertThat(speed).as("speed at step %d", i).isLessThanOrEqualTo(limit + EPS);
            assertThat(speed - previous)
                    .as("acceleration at step %d", i)
                    .isLessThanOrEqualTo(car.maxPosAcc_mps2() + EPS);
            if (firstAtLimit < 0 && speed >= limit - EPS) {
                firstAtLimit = i;
            }
            previous = speed;
        }
        // from rest at maxPosAcc the limit is reached after ceil(limit / maxPosAcc) steps
        assertThat(firstAtLimit).as("step at which the speed limit is reached").isBetween(0, (int)
                Math.ceil(limit / car.maxPosAcc_mps2()));
        for (int i = firstAtLimit; i < samples.size(); i++) {
            assertThat(samples.get(i).speed_mps())
                    .as("speed at step %d after reaching the limit", i)
                    .isCloseTo(limit, within(EPS));
        }
        SimulationSummary summary = sim.summary();
        assertThat(summary.finished()).isEqualTo(1);
        // free-flow time plus at most the time lost accelerating from rest (limit / 2a) and one step of entry
        double freeFlow_s = ROAD_M / limit;
        assertThat(summary.averageTravelTime_s())
                .isBetween(freeFlow_s, freeFlow_s + limit / (2 * car.maxPosAcc_mps2()) + 2 * sim.step_s());
    }

    @Test
    void positionAdvancesByTheMeanOfOldAndNewSpeed() {
        RoadNetwork network = TestNetworks.straightRoad(ROAD_M, 16.667);
        Simulation sim = TestNetworks.simulation(
                network,
                TestNetworks.demand(TestNetworks.flow(network, VehicleType.PASSENGER_CAR, 0, 1, 1, "road")),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
        Trajectories trajectories = Trajectories.attachTo(sim);

        sim.run(60);

        List<Trajectories.Sample> samples = trajectories.of(0);
        for (int i = 1; i < samples.size(); i++) {
            Trajectories.Sample before = samples.get(i - 1);
            Trajectories.Sample after = samples.get(i);
            assertThat(after.pos_m() - before.pos_m())
                    .as("advance in step %d", i)
                    .isCloseTo((before.speed_mps() + after.speed_mps()) / 2 * sim.step_s(), within(1e-6));
        }
    }

    static VehicleType withMaxSpeed(VehicleType t, double maxSpeed_mps) {
        return new VehicleType(
                t.length_m(),
                t.width_m(),
                t.maxPosAcc_mps2(),
                t.maxNegAcc_mps2(),
                t.usualPosAcc_mps2(),
                t.usualNegAcc_mps2(),
                t.minGap_m(),
                maxSpeed_mps,
                t.headwayTime_s());
    }
}
