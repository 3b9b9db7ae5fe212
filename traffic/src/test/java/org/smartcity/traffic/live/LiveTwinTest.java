package org.smartcity.traffic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.GridScenarios;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.SimulationConfig;

class LiveTwinTest {
    @TempDir
    Path dir;

    private Scenario grid() {
        return GridScenarios.load(new GridSpec(2, 2, 300, 600, 0.2, 1200, 3), dir);
    }

    private static LiveTwin.Settings pausedUnder(String controller, SignalProtocol protocol) {
        return new LiveTwin.Settings(controller, protocol, SimulationConfig.DEFAULT, 1, 3600, 5, true);
    }

    @Test
    void aPausedTwinAdvancesOnlyBySingleSteps() throws Exception {
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("plan", SignalProtocol.NATIVE))) {
            assertThat(twin.latestFrame().step()).isZero();
            twin.step(5).get(30, TimeUnit.SECONDS);
            TwinFrame frame = twin.latestFrame();
            assertThat(frame.step()).isEqualTo(5);
            assertThat(frame.time_s()).isEqualTo(5.0);
            assertThat(frame.status()).isEqualTo(TwinFrame.Status.PAUSED);
            Thread.sleep(300);
            twin.step(1).get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().step())
                    .as("nothing ran between the steps")
                    .isEqualTo(6);
        }
    }

    @Test
    void framesCarryOneValuePerLaneAndSignal() throws Exception {
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("max-pressure", SignalProtocol.CITYFLOW))) {
            twin.step(300).get(30, TimeUnit.SECONDS);
            NetworkGeometry g = twin.geometry();
            TwinFrame f = twin.latestFrame();
            assertThat(g.signals()).hasSize(4);
            assertThat(f.laneVehicles()).hasSize(g.laneCount());
            assertThat(f.laneSpeed_mps()).hasSize(g.laneCount());
            assertThat(f.laneQueue()).hasSize(g.laneCount());
            assertThat(f.phases()).hasSize(4);
            assertThat(f.controllers()).containsOnly(g.controllerNames().indexOf("max-pressure"));
            int onLanes = 0;
            for (int n : f.laneVehicles()) {
                onLanes += n;
            }
            assertThat(onLanes).isPositive().isLessThanOrEqualTo(f.kpi().running());
            assertThat(f.kpi().finished()).isPositive();
            assertThat(f.kpi().finishedLastMinute()).isBetween(1, f.kpi().finished());
            assertThat(twin.history()).hasSize(30);
            assertThat(twin.history().get(29).time_s()).isEqualTo(300.0);
        }
    }

    @Test
    void speedAndPauseAreReportedInFrames() throws Exception {
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("plan", SignalProtocol.NATIVE))) {
            twin.setSpeed(50).get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().targetSpeed()).isEqualTo(50.0);
            twin.resume().get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().status()).isEqualTo(TwinFrame.Status.RUNNING);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (twin.latestFrame().step() < 20 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            twin.pause().get(30, TimeUnit.SECONDS);
            TwinFrame paused = twin.latestFrame();
            assertThat(paused.status()).isEqualTo(TwinFrame.Status.PAUSED);
            assertThat(paused.step()).isGreaterThanOrEqualTo(20);
            Thread.sleep(300);
            assertThat(twin.latestFrame().step()).isEqualTo(paused.step());
        }
    }

    @Test
    void aTwinStopsAdvancingAtItsHorizon() throws Exception {
        LiveTwin.Settings settings = LiveTwin.Settings.of("plan")
                .withSpeed(LiveTwin.AS_FAST_AS_POSSIBLE)
                .withHorizon(120);
        try (LiveTwin twin = LiveTwin.start(grid(), settings)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (twin.latestFrame().status() != TwinFrame.Status.FINISHED && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(twin.latestFrame().status()).isEqualTo(TwinFrame.Status.FINISHED);
            assertThat(twin.latestFrame().step()).isEqualTo(120);
        }
    }

    @Test
    void aTwinRepeatingItsDemandKeepsRunningPastItsHorizonAndSaysSo() throws Exception {
        Scenario scenario = grid();
        double period_s = 0;
        for (var f : scenario.demand().flows()) {
            period_s = Math.max(period_s, f.endTime_s());
        }
        int onePass = scenario.demand().vehicleCount();
        LiveTwin.Settings settings =
                pausedUnder("plan", SignalProtocol.NATIVE).withHorizon(period_s).repeatingDemand();
        try (LiveTwin twin = LiveTwin.start(scenario, settings)) {
            int periodSteps = (int) Math.round(period_s);
            twin.step(periodSteps).get(60, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().demandRound()).isEqualTo(1);
            twin.step(periodSteps).get(60, TimeUnit.SECONDS);
            twin.step(periodSteps / 2).get(60, TimeUnit.SECONDS);
            TwinFrame f = twin.latestFrame();
            assertThat(f.status()).isNotEqualTo(TwinFrame.Status.FINISHED);
            assertThat(f.step()).isEqualTo(2L * periodSteps + periodSteps / 2);
            assertThat(f.demandRound())
                    .as("the third pass of the demand is under way")
                    .isEqualTo(3);
            assertThat(f.demandPeriod_s()).isEqualTo(period_s);
            int released = f.kpi().finished() + f.kpi().running() + f.kpi().waitingToEnter();
            assertThat(released)
                    .as("vehicles keep coming: two whole passes and part of the third")
                    .isGreaterThan(2 * onePass)
                    .isLessThan(3 * onePass);
            twin.resume().get(30, TimeUnit.SECONDS);
            assertThat(twin.latestFrame().status()).isEqualTo(TwinFrame.Status.RUNNING);
        }
    }

    @Test
    void aTwinThatDoesNotRepeatSaysSo() throws Exception {
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("plan", SignalProtocol.NATIVE))) {
            assertThat(twin.latestFrame().demandPeriod_s()).isZero();
            assertThat(twin.latestFrame().demandRound()).isEqualTo(1);
        }
    }

    @Test
    void aViewerThatComesBackGetsTheCurrentStateWithoutARestart() throws Exception {
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("plan", SignalProtocol.NATIVE))) {
            List<TwinFrame> seen = new CopyOnWriteArrayList<>();
            java.util.function.Consumer<TwinFrame> viewer = seen::add;
            twin.addListener(viewer);
            twin.step(10).get(30, TimeUnit.SECONDS);
            twin.removeListener(viewer);
            twin.step(10).get(30, TimeUnit.SECONDS);
            assertThat(seen).hasSize(1);
            assertThat(seen.get(0).step()).isEqualTo(10);
            // a viewer that reconnects reads the geometry and the latest frame: the run went on
            assertThat(twin.geometry().junctions()).isNotEmpty();
            assertThat(twin.latestFrame().step()).isEqualTo(20);
        }
    }

    @Test
    void badControlRequestsAreRefusedAtOnce() {
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("plan", SignalProtocol.NATIVE))) {
            assertThatThrownBy(() -> twin.switchController(OptionalInt.empty(), "no-such"))
                    .hasMessageContaining("unknown controller 'no-such'");
            int boundary = twin.scenario()
                    .network()
                    .findIntersection("intersection_0_1")
                    .getAsInt();
            assertThatThrownBy(() -> twin.switchController(OptionalInt.of(boundary), "sotl"))
                    .hasMessageContaining("has no signal");
            assertThatThrownBy(() -> twin.setSpeed(-2)).hasMessageContaining("speed must be");
            assertThatThrownBy(() -> twin.step(0)).hasMessageContaining("steps must be");
        }
    }

    /**
     * Switching the network and then one junction to other controllers mid-run keeps the practitioner
     * rules at every signal: clearance between greens for its full length, greens within min and max.
     */
    @Test
    void switchingControllersKeepsTheSafetyRules() throws Exception {
        SignalProtocol protocol = SignalProtocol.PRACTITIONER;
        try (LiveTwin twin = LiveTwin.start(grid(), pausedUnder("actuated", protocol))) {
            int signals = twin.geometry().signals().size();
            List<int[]> shown = new ArrayList<>();
            int junction = twin.signalByName("intersection_1_1").getAsInt();
            for (int t = 0; t < 900; t++) {
                if (t == 200) {
                    twin.switchController(OptionalInt.empty(), "max-pressure").get(30, TimeUnit.SECONDS);
                }
                if (t == 450) {
                    twin.switchController(OptionalInt.of(junction), "sotl").get(30, TimeUnit.SECONDS);
                }
                if (t == 600) {
                    twin.switchController(OptionalInt.empty(), "fixed-cycle").get(30, TimeUnit.SECONDS);
                }
                twin.step(1).get(30, TimeUnit.SECONDS);
                shown.add(twin.latestFrame().phases());
            }
            int fixedCycle = twin.geometry().controllerNames().indexOf("fixed-cycle");
            assertThat(twin.latestFrame().controllers()).containsOnly(fixedCycle);
            for (int k = 0; k < signals; k++) {
                int[] phases = new int[shown.size()];
                for (int t = 0; t < phases.length; t++) {
                    phases[t] = shown.get(t)[k];
                }
                checkSafety(phases, protocol, "signal " + k);
            }
        }
    }

    private static void checkSafety(int[] shown, SignalProtocol protocol, String what) {
        int clearance = protocol.clearancePhase();
        int runStart = 0;
        int changes = 0;
        for (int t = 1; t <= shown.length; t++) {
            if (t < shown.length && shown[t] == shown[t - 1]) {
                continue;
            }
            int phase = shown[t - 1];
            int length = t - runStart;
            boolean cut = t == shown.length;
            if (t < shown.length && shown[t] != clearance) {
                assertThat(phase)
                        .as("%s: green %d at %d s without clearance", what, shown[t], t)
                        .isEqualTo(clearance);
            }
            if (phase == clearance && !cut) {
                assertThat((double) length)
                        .as("%s: clearance at %d s", what, runStart)
                        .isGreaterThanOrEqualTo(protocol.clearance_s());
            }
            if (phase != clearance) {
                assertThat((double) length)
                        .as("%s: green from %d s", what, runStart)
                        .isLessThanOrEqualTo(protocol.maxGreen_s());
                if (!cut && runStart > 0) {
                    assertThat((double) length)
                            .as("%s: green from %d s", what, runStart)
                            .isGreaterThanOrEqualTo(protocol.minGreen_s());
                }
                changes++;
            }
            runStart = t;
        }
        assertThat(changes).as("%s changes phase during the run", what).isGreaterThan(5);
    }
}
