package org.smartcity.traffic.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.TestNetworks;
import org.smartcity.traffic.TestNetworks.Phase;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.signal.PlanController;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.LaneBlock;
import org.smartcity.traffic.sim.Simulation;

/** Virtual loops and cameras on a corridor whose signal is always green. */
class VirtualDetectorsTest {
    private static final RoadNetwork NETWORK = TestNetworks.corridor(400, 200, 1, 11.111, List.of(new Phase(30, true)));

    private static List<DetectorRecord> run(int vehicles, int steps, LaneBlock block) {
        return run(vehicles, steps, block, DetectorLayout.DEFAULT);
    }

    private static List<DetectorRecord> run(int vehicles, int steps, LaneBlock block, DetectorLayout detectors) {
        Simulation sim = TestNetworks.simulation(
                NETWORK,
                TestNetworks.demand(TestNetworks.flow(
                        NETWORK,
                        VehicleType.PASSENGER_CAR,
                        0,
                        5,
                        vehicles,
                        TestNetworks.IN_ROAD,
                        TestNetworks.OUT_ROAD)),
                (layout, protocol) -> new PlanController(layout),
                SignalProtocol.NATIVE,
                0);
        if (block != null) {
            sim.blockLane(block);
        }
        List<DetectorRecord> records = new ArrayList<>();
        sim.addObserver(new VirtualDetectors(sim, detectors, 7, records::add));
        sim.run(steps);
        return records;
    }

    @Test
    void everyVehicleIsCountedOnceByEachLoopAndPassesBothLines() {
        List<DetectorRecord> records = run(12, 200, null);
        int up = 0;
        int down = 0;
        for (DetectorRecord r : records) {
            if (r instanceof LoopRecord loop) {
                assertThat(loop.road()).isEqualTo(TestNetworks.IN_ROAD);
                if (loop.station() == LoopStation.UP) {
                    up += loop.count();
                } else if (loop.station() == LoopStation.DOWN) {
                    down += loop.count();
                }
                assertThat(loop.occupancy()).isBetween(0.0, 1.0);
            }
        }
        assertThat(up).isEqualTo(12);
        assertThat(down).isEqualTo(12);
        List<PassageRecord> passages = records.stream()
                .filter(r -> r instanceof PassageRecord)
                .map(r -> (PassageRecord) r)
                .toList();
        assertThat(passages.stream().filter(p -> p.line() == PassageLine.ENTRY)).hasSize(12);
        assertThat(passages.stream().filter(p -> p.line() == PassageLine.STOP)).hasSize(12);
        assertThat(passages.stream().map(PassageRecord::token).distinct()).hasSize(12);
    }

    @Test
    void camerasReportOnlyTheirViewAndLoopsReportEveryFiveSeconds() {
        List<DetectorRecord> records = run(5, 100, null);
        assertThat(records.stream().filter(r -> r instanceof VehicleObservation))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(((VehicleObservation) r).distance_m())
                        .isBetween(0.0, DetectorLayout.DEFAULT.cameraView_m()));
        assertThat(records.stream().filter(r -> r instanceof LoopRecord).map(DetectorRecord::time_ms))
                .allSatisfy(t -> assertThat(t % 5_000).isZero())
                .hasSize(DetectorLayout.DEFAULT.loopStations() * 20);
    }

    @Test
    void theObstacleOfAnIncidentInViewIsSeenAsAStoppedObject() {
        int lane = NETWORK.firstLane(NETWORK.findRoad(TestNetworks.IN_ROAD).orElseThrow());
        double length = NETWORK.laneLength_m(lane);
        List<DetectorRecord> records = run(1, 30, new LaneBlock(lane, length - 50, 10, 20));
        List<VehicleObservation> stopped = records.stream()
                .filter(r -> r instanceof VehicleObservation v && v.speed_mps() == 0 && v.distance_m() == 50)
                .map(r -> (VehicleObservation) r)
                .toList();
        assertThat(stopped).hasSize(10);
        assertThat(stopped.get(0).time_ms()).isEqualTo(10_000);
    }

    @Test
    void midBlockStationsDivideTheLinkEvenlyAndCountEveryVehicleOnce() {
        List<DetectorRecord> records = run(12, 200, null, DetectorLayout.DEFAULT.withLoopStations(4));
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        java.util.Map<String, Double> positions = new java.util.TreeMap<>();
        for (DetectorRecord r : records) {
            if (r instanceof LoopRecord loop) {
                counts.merge(loop.detector(), loop.count(), Integer::sum);
                positions.put(loop.detector(), loop.position_m());
                assertThat(loop.station())
                        .isEqualTo(
                                loop.detector().endsWith("/up")
                                        ? LoopStation.UP
                                        : loop.detector().endsWith("/down") ? LoopStation.DOWN : LoopStation.MID);
            }
        }
        assertThat(counts)
                .hasSize(4)
                .allSatisfy((detector, count) -> assertThat(count).isEqualTo(12));
        double length = NETWORK.laneLength_m(
                NETWORK.firstLane(NETWORK.findRoad(TestNetworks.IN_ROAD).orElseThrow()));
        double[] expected = DetectorLayout.DEFAULT.withLoopStations(4).stationPositions_m(length);
        assertThat(positions.values())
                .containsExactlyInAnyOrder(
                        Math.round(expected[0] * 100) / 100.0,
                        Math.round(expected[1] * 100) / 100.0,
                        Math.round(expected[2] * 100) / 100.0,
                        Math.round(expected[3] * 100) / 100.0);
    }
}
