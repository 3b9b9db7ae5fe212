package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.network.RoadNetwork;

/** The green wave along a generated east–west arterial of three signals 300 m apart. */
class GreenWaveControllerTest {
    private static final double SPACING_M = 300;
    private static final double SPEED_MPS = 11.111;

    @TempDir
    Path dir;

    private RoadNetwork arterial() {
        return GridScenarios.load(new GridSpec(1, 3, SPACING_M, 0, 0, 60, 1), dir)
                .network();
    }

    private static int junction(RoadNetwork network, int column) {
        return network.findIntersection("intersection_" + column + "_1").orElseThrow();
    }

    @Test
    void offsetsIncreaseAlongTheCorridorByTheLinkTravelTime() {
        RoadNetwork network = arterial();
        List<GreenWaveController> controllers = new ArrayList<>();
        for (int column = 1; column <= 3; column++) {
            controllers.add(new GreenWaveController(
                    new IntersectionLayout(network, junction(network, column)), SignalProtocol.PRACTITIONER));
        }

        double travel_s = Math.round(SPACING_M / SPEED_MPS); // 27 s
        for (int k = 0; k < 3; k++) {
            assertThat(controllers.get(k).corridorIsEastWest())
                    .as("3 lanes each way on both axes: east-west")
                    .isTrue();
            assertThat(controllers.get(k).cycle_s()).isEqualTo(90.0);
        }
        for (int k = 1; k < 3; k++) {
            double step = Math.floorMod(
                    (long) (controllers.get(k).offset_s()
                            - controllers.get(k - 1).offset_s()),
                    90L);
            assertThat(step).as("offset of signal %d after signal %d", k + 1, k).isEqualTo(travel_s);
        }
    }

    @Test
    void eachSignalOpensItsCorridorGreenAtItsOffsetEveryCycle() {
        RoadNetwork network = arterial();
        SignalRunner runner =
                new SignalRunner(network, (l, p) -> new GreenWaveController(l, p), SignalProtocol.PRACTITIONER);
        FakeReadings empty = new FakeReadings();
        int[] junctions = {junction(network, 1), junction(network, 2), junction(network, 3)};
        List<List<Double>> corridorGreenStarts = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            corridorGreenStarts.add(new ArrayList<>());
        }
        int[] previous = {-1, -1, -1};
        for (int t = 0; t < 600; t++) {
            runner.update(t, empty);
            for (int k = 0; k < 3; k++) {
                int shown = runner.shownPhase(junctions[k]);
                if (shown == 1 && previous[k] != 1 && t >= 180) {
                    corridorGreenStarts.get(k).add((double) t);
                }
                previous[k] = shown;
            }
        }

        // after the start-up cycles: corridor green 5 s (the clearance) after the slot starts, at
        // 300 m / 11.111 m/s = 27 s, 54 s and 81 s into the 90 s cycle; with nobody turning left the
        // left-turn slots are skipped and the through greens run on
        for (int k = 0; k < 3; k++) {
            assertThat(corridorGreenStarts.get(k)).isNotEmpty();
            for (double start : corridorGreenStarts.get(k)) {
                assertThat(Math.floorMod((long) start - 5 - 27 * (k + 1), 90L))
                        .as("signal %d at %s s", k + 1, start)
                        .isZero();
            }
        }
    }

    @Test
    void aLeftTurnSlotRunsOnlyWhenCalled() {
        RoadNetwork network = arterial();
        int j = junction(network, 1);
        IntersectionLayout layout = new IntersectionLayout(network, j);
        GreenWaveController controller = new GreenWaveController(layout, SignalProtocol.CITYFLOW);
        // signal 1 at x = 300 m: offset 27 s; the corridor-left slot is [30, 45) s of the cycle, so the
        // window starting at 27 + 30 = 57 s is mostly inside it
        int leftLane = network.firstLane(network.findRoad("road_0_1_0").orElseThrow()); // lane 0: left turns
        PhaseDecision uncalled = controller.decide(new SignalContext(57, 1, 15, false, new FakeReadings()));
        PhaseDecision called =
                controller.decide(new SignalContext(57, 1, 15, false, new FakeReadings().waiting(leftLane, 2)));

        assertThat(uncalled.phase()).as("corridor through runs on").isEqualTo(1);
        assertThat(called.phase()).as("corridor left").isEqualTo(3);
    }

    @Test
    void theCorridorCanBeFixedToNorthSouth() {
        RoadNetwork network = arterial();
        GreenWaveController controller = new GreenWaveController(
                new IntersectionLayout(network, junction(network, 2)),
                SignalProtocol.PRACTITIONER,
                new GreenWaveController.Config(90, 1.0 / 3, 1.0, GreenWaveController.Corridor.NORTH_SOUTH, 150));

        assertThat(controller.corridorIsEastWest()).isFalse();
        assertThat(controller.offset_s())
                .as("y = 300 m for every signal of the row")
                .isEqualTo(27.0);
        // the first slot is the north-south through phase (2)
        assertThat(controller
                        .decide(new SignalContext(27, 2, 20, false, new FakeReadings()))
                        .phase())
                .isEqualTo(2);
    }
}
