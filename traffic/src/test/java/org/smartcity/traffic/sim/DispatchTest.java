package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.TestNetworks.Phase;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;

/** A vehicle called in while the simulation runs departs at once, gets the next id and drives its route. */
class DispatchTest {
    private static final RoadNetwork NETWORK = TestNetworks.corridor(400, 200, 1, 11.111, List.of(new Phase(30, true)));

    private static Simulation simulation() {
        return TestNetworks.simulation(
                NETWORK,
                TestNetworks.demand(TestNetworks.flow(
                        NETWORK, VehicleType.PASSENGER_CAR, 0, 10, 30, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
    }

    private static int[] route() {
        return new int[] {
            NETWORK.findRoad(TestNetworks.IN_ROAD).orElseThrow(),
            NETWORK.findRoad(TestNetworks.OUT_ROAD).orElseThrow()
        };
    }

    @Test
    void aDispatchedVehicleDepartsNowAheadOfThoseDueAndFinishes() {
        Simulation sim = simulation();
        sim.run(100); // vehicles 0..9 departed at 0, 10, …, 90; the next is due at 100
        int planned = sim.plannedVehicles();

        int id = sim.dispatch(VehicleType.PASSENGER_CAR, route());

        assertThat(id).isEqualTo(10);
        assertThat(sim.plannedVehicles()).isEqualTo(planned + 1);
        boolean[] seen = {false};
        sim.step();
        sim.forEachRunningVehicle((v, d, onLink, pos, speed) -> seen[0] |= v == id);
        assertThat(seen[0]).as("it entered its first lane in the next step").isTrue();
        sim.run(600);
        assertThat(sim.summary().vehicles()).isEqualTo(31);
        assertThat(sim.summary().finished()).isEqualTo(31);
    }

    @Test
    void aRouteThatCannotBeDrivenIsRefused() {
        Simulation sim = simulation();
        int[] backwards = {route()[1], route()[0]};

        assertThatThrownBy(() -> sim.dispatch(VehicleType.PASSENGER_CAR, backwards))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("route: road 'out' does not lead to 'in'");
        assertThatThrownBy(() -> sim.dispatch(VehicleType.PASSENGER_CAR, new int[] {99}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("route: no road with id 99");
        assertThat(sim.plannedVehicles()).isEqualTo(30);
    }
}
