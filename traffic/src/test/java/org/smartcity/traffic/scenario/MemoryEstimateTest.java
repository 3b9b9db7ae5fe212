package org.smartcity.traffic.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;

class MemoryEstimateTest {
    @Test
    void growsWithTheVehiclesTheFlowsReleaseAndRefusesWhatDoesNotFit() {
        RoadNetwork network = TestNetworks.straightRoad(500, 15);
        VehicleType type = VehicleType.PASSENGER_CAR;
        Demand small = TestNetworks.demand(TestNetworks.flow(network, type, 0, 10, 100, "road"));
        int[] route = small.flows().get(0).route();
        Flow nineMillion = new Flow(type, route, 0.001, 0, 9_000);
        Demand huge = TestNetworks.demand(nineMillion, nineMillion, nineMillion);

        MemoryEstimate few = MemoryEstimate.of(network, small);
        MemoryEstimate many = MemoryEstimate.of(network, huge);
        assertThat(few.vehicles()).isEqualTo(100);
        assertThat(many.vehicles()).isEqualTo(27_000_003);
        assertThat(many.bytes() - few.bytes())
                .isEqualTo((many.vehicles() - few.vehicles()) * MemoryEstimate.BYTES_PER_VEHICLE);
        assertThat(few.refusal(64L << 20)).isEmpty();
        assertThat(many.refusal(64L << 20))
                .hasValueSatisfying(r -> assertThat(r)
                        .contains("27000003 vehicles")
                        .contains("MB")
                        .contains("64 MB"));
    }
}
