package org.smartcity.traffic.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Whatever the readings, every registered controller run by {@link SignalRunner} shows signals that keep
 * the protocol's safety rules: a change of green always passes through the clearance phase, which lasts
 * its full clearance time; under the practitioner protocol no green is shorter than the minimum or longer
 * than the maximum; under the CityFlow protocol no green is shorter than a window less its clearance.
 */
class ControllerSafetyPropertiesTest {
    private static final int SECONDS = 900;

    @TempDir
    Path dir;

    /** Random readings, redrawn every second: per lane up to {@code max} vehicles, some waiting. */
    private static final class RandomReadings implements LaneReadings {
        private final SplittableRandom random;
        private final int max;
        private final double[][] distance_m;
        private final boolean[][] waiting;
        private final int[] count;
        private final long[] departures;

        RandomReadings(int lanes, int max, long seed) {
            this.random = new SplittableRandom(seed);
            this.max = max;
            this.distance_m = new double[lanes][max];
            this.waiting = new boolean[lanes][max];
            this.count = new int[lanes];
            this.departures = new long[lanes];
        }

        void redraw() {
            for (int lane = 0; lane < count.length; lane++) {
                count[lane] = random.nextInt(max + 1);
                for (int i = 0; i < count[lane]; i++) {
                    distance_m[lane][i] = random.nextDouble(0, 300);
                    waiting[lane][i] = random.nextBoolean();
                }
                departures[lane] += random.nextInt(3);
            }
        }

        @Override
        public int vehicles(int lane, double range_m) {
            int n = 0;
            for (int i = 0; i < count[lane]; i++) {
                if (distance_m[lane][i] <= range_m) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public int waitingVehicles(int lane, double range_m) {
            int n = 0;
            for (int i = 0; i < count[lane]; i++) {
                if (waiting[lane][i] && distance_m[lane][i] <= range_m) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public long departures(int lane) {
            return departures[lane];
        }
    }

    @Test
    void everyControllerKeepsTheSafetyRulesUnderRandomReadings() {
        List<RoadNetwork> networks = List.of(
                SignalTestNetworks.crossroads(List.of(5.0, 30.0, 30.0, 30.0, 30.0)),
                GridScenarios.load(new GridSpec(1, 2, 300, 0, 0, 60, 1), dir).network());
        SignalControllers registry = SignalControllers.builtIn();
        List<String> names = List.copyOf(registry.names());
        assertThat(names).contains("webster", "actuated", "sotl", "green-wave");
        List<SignalProtocol> protocols =
                List.of(SignalProtocol.CITYFLOW, SignalProtocol.PRACTITIONER, SignalProtocol.NATIVE);

        qt().withExamples(25).forAll(integers().between(0, 12), longs().all()).checkAssert((max, seed) -> {
            for (RoadNetwork network : networks) {
                for (String name : names) {
                    for (SignalProtocol protocol : protocols) {
                        check(network, name, registry.get(name).factory(), protocol, max, seed);
                    }
                }
            }
        });
    }

    private static void check(
            RoadNetwork network,
            String name,
            SignalControllerFactory factory,
            SignalProtocol protocol,
            int max,
            long seed) {
        SignalRunner runner = new SignalRunner(network, factory, protocol);
        RandomReadings readings = new RandomReadings(network.laneCount(), max, seed);
        List<Integer> signals = new ArrayList<>();
        for (int i = 0; i < network.intersectionCount(); i++) {
            if (network.isSignalised(i)) {
                signals.add(i);
            }
        }
        int[][] shown = new int[signals.size()][SECONDS];
        for (int t = 0; t < SECONDS; t++) {
            readings.redraw();
            runner.update(t, readings);
            for (int k = 0; k < signals.size(); k++) {
                shown[k][t] = runner.shownPhase(signals.get(k));
            }
        }
        for (int k = 0; k < signals.size(); k++) {
            String what = name + " under " + protocol.name() + " at " + network.intersectionId(signals.get(k))
                    + " (max " + max + ", seed " + seed + ")";
            checkSignal(shown[k], protocol, what);
        }
    }

    private static void checkSignal(int[] shown, SignalProtocol protocol, String what) {
        int clearance = protocol.clearancePhase();
        int runStart = 0;
        for (int t = 1; t <= shown.length; t++) {
            if (t < shown.length && shown[t] == shown[t - 1]) {
                continue;
            }
            int phase = shown[t - 1];
            int length = t - runStart;
            boolean cutByTheEnd = t == shown.length;
            assertThat(phase).as(what).isNotNegative();
            if (clearance >= 0 && t < shown.length && shown[t] != clearance) {
                assertThat(phase)
                        .as("%s: green %d at %d s follows green %d without clearance", what, shown[t], t, phase)
                        .isEqualTo(clearance);
            }
            if (phase == clearance && !cutByTheEnd) {
                assertThat((double) length)
                        .as("%s: clearance at %d s", what, runStart)
                        .isGreaterThanOrEqualTo(protocol.clearance_s());
            }
            if (phase != clearance && clearance >= 0) {
                assertThat((double) length)
                        .as("%s: green of phase %d from %d s", what, phase, runStart)
                        .isLessThanOrEqualTo(protocol.maxGreen_s());
                if (!cutByTheEnd) {
                    double minimum = protocol.hasFixedWindow()
                            ? protocol.decisionInterval_s() - protocol.clearance_s()
                            : protocol.minGreen_s();
                    assertThat((double) length)
                            .as("%s: green of phase %d from %d s", what, phase, runStart)
                            .isGreaterThanOrEqualTo(minimum);
                }
            }
            runStart = t;
        }
    }
}
