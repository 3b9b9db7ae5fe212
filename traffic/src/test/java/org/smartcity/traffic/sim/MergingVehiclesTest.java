package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;

/** Vehicles from two lane links that end on the same lane must not end up on top of each other. */
class MergingVehiclesTest {

    @Test
    void vehiclesMergingIntoOneLaneNeverOverlap() {
        RoadNetwork network = TestNetworks.merge(300, 300);
        VehicleType car = VehicleType.PASSENGER_CAR;
        // identical approaches and departures: the two streams reach the merge at the same time
        Simulation sim = TestNetworks.simulation(
                network,
                TestNetworks.demand(
                        TestNetworks.flow(network, car, 0, 6, 10, "west", "out"),
                        TestNetworks.flow(network, car, 0, 6, 10, "south", "out")),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
        List<String> overlaps = new ArrayList<>();
        sim.addObserver(s -> overlaps.addAll(OverlapCheck.overlaps(s, car.length_m())));

        sim.run(200);

        assertThat(sim.summary().finished()).isEqualTo(20);
        assertThat(overlaps).isEmpty();
    }
}
