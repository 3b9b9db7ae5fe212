package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;

/**
 * The approach time (the benchmark papers' travel time) counts the time on roads that end at a real intersection
 * only: not the exit road, not the lane link, not waiting to enter.
 */
class ApproachTimeTest {

    @Test
    void aLoneVehicleCountsOnlyItsTimeOnTheApproachRoad() {
        RoadNetwork network = TestNetworks.corridor(1000, 1000, 1, 10, List.of(new TestNetworks.Phase(3600, true)));
        Simulation sim = TestNetworks.simulation(
                network,
                TestNetworks.demand(TestNetworks.flow(
                        network, VehicleType.PASSENGER_CAR, 0, 1, 1, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
        Trajectories trajectories = Trajectories.attachTo(sim);
        sim.run(600);

        SimulationSummary summary = sim.summary();
        assertThat(summary.finished()).isEqualTo(1);
        int stepsOnApproach = (int) trajectories.of(0).stream()
                .filter(sample -> !sample.onLaneLink()
                        && network.laneRoad(sample.drivable())
                                == network.findRoad(TestNetworks.IN_ROAD).orElseThrow())
                .count();
        assertThat(stepsOnApproach).isPositive();
        assertThat(summary.averageApproachTime_s()).isCloseTo(stepsOnApproach * sim.step_s(), within(1e-9));
        // the exit road and the junction take the rest of the trip
        assertThat(summary.averageApproachTime_s()).isLessThan(summary.averageTravelTime_s() - 90);
    }

    @Test
    void vehiclesStillOnTheApproachCountUpToTheEndOfTheRun() {
        RoadNetwork network = TestNetworks.corridor(1000, 1000, 1, 10, List.of(new TestNetworks.Phase(3600, false)));
        Simulation sim = TestNetworks.simulation(
                network,
                TestNetworks.demand(TestNetworks.flow(
                        network, VehicleType.PASSENGER_CAR, 0, 10, 3, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
        sim.run(300);

        // red all the time: the three vehicles entered at 0, 10 and 20 s and are all still on the approach
        assertThat(sim.summary().finished()).isZero();
        assertThat(sim.summary().averageApproachTime_s()).isCloseTo((300 + 290 + 280) / 3.0, within(1.0));
    }
}
