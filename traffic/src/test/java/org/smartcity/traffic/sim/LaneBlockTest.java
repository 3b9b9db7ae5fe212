package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.TestNetworks.Phase;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;

/** An injected incident blocks its lane like a stopped leader until it clears, and nothing else. */
class LaneBlockTest {
    private static final RoadNetwork NETWORK = TestNetworks.corridor(400, 200, 1, 11.111, List.of(new Phase(30, true)));
    private static final int LANE =
            NETWORK.firstLane(NETWORK.findRoad(TestNetworks.IN_ROAD).orElseThrow());

    private static Simulation simulation() {
        return TestNetworks.simulation(
                NETWORK,
                TestNetworks.demand(TestNetworks.flow(
                        NETWORK, VehicleType.PASSENGER_CAR, 0, 4, 30, TestNetworks.IN_ROAD, TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
    }

    @Test
    void vehiclesQueueBehindTheObstacleAndGoOnWhenItClears() {
        Simulation sim = simulation();
        sim.blockLane(new LaneBlock(LANE, 200, 0, 300));
        List<Double> positions = new ArrayList<>();
        for (int t = 0; t < 300; t++) {
            sim.step();
            sim.forEachRunningVehicle((v, d, onLink, pos, speed) -> {
                if (!onLink && d == LANE) {
                    positions.add(pos);
                }
            });
        }
        assertThat(positions).isNotEmpty().allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(200));
        assertThat(sim.readings().departures(LANE)).isZero();
        sim.run(200);
        assertThat(sim.readings().departures(LANE)).isEqualTo(30);
    }

    @Test
    void aBlockInTheFutureChangesNothingBeforeItStarts() {
        Simulation blocked = simulation();
        blocked.blockLane(new LaneBlock(LANE, 200, 1000, 1100));
        Simulation free = simulation();
        blocked.run(200);
        free.run(200);
        assertThat(blocked.summary()).isEqualTo(free.summary());
        assertThat(blocked.laneBlocks()).hasSize(1);
    }

    @Test
    void blocksOutsideTheNetworkAreRejected() {
        Simulation sim = simulation();
        assertThatThrownBy(() -> sim.blockLane(new LaneBlock(99, 10, 0, 10))).hasMessageContaining("no lane 99");
        assertThatThrownBy(() -> sim.blockLane(new LaneBlock(LANE, 5000, 0, 10)))
                .hasMessageContaining("beyond the end of lane");
        assertThatThrownBy(() -> new LaneBlock(LANE, 10, 20, 10)).hasMessageContaining("from < until");
    }
}
