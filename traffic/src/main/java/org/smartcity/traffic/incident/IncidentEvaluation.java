package org.smartcity.traffic.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.detect.VirtualDetectors;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.sim.LaneBlock;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * Runs many seeded simulations of one scenario with virtual detectors and the built-in incident
 * detectors, injecting one random incident in most runs and none in every fourth, and scores each
 * detector against the ground truth: detection rate, mean time to detect and false alarms per 100
 * detector-hours. Run {@code r} uses seed {@code seed + r}, so results do not depend on the thread
 * count. Stateless; each call is independent.
 *
 * <p>An incident starts at a uniform time in [{@code warmUp_s}, {@code warmUp_s + 300}) and lasts
 * {@code incidentDuration_s}; its lane is drawn among the monitored lanes in proportion to the
 * vehicles that crossed each stop line so far (exposure: crashes happen where traffic is), its
 * position uniformly in [25 %, 85 %] of the lane. An alarm on the incident's lane between its start
 * and 60 s after it clears is a detection (the first gives the time to detect); every other alarm is a
 * false alarm.
 */
public final class IncidentEvaluation {
    /** Alarms up to this long after an incident clears still belong to it (queue discharge), ms. */
    static final long GRACE_MS = 60_000;

    /** What to run. */
    public record Settings(
            int runs,
            long seed,
            String controller,
            int warmUp_s,
            int incidentDuration_s,
            int tail_s,
            DetectorLayout layout,
            int threads) {
        public Settings {
            if (runs < 1 || warmUp_s < 0 || incidentDuration_s < 1 || tail_s < 0 || threads < 1) {
                throw new IllegalArgumentException("runs, durations and threads must be positive");
            }
        }

        /** Steps of one run: warm-up, the latest incident start, its duration and the tail. */
        public int steps(double step_s) {
            return (int) Math.round((warmUp_s + 300 + incidentDuration_s + tail_s) / step_s);
        }
    }

    /**
     * The ground truth of one injected incident; {@code laneFlow_vph} is the flow over the lane's stop
     * line before the incident (vehicles per hour since the run started): on a quiet lane a loop detector
     * has to wait for the next vehicle to reach the obstacle.
     */
    public record Incident(
            int run,
            String road,
            int lane,
            double position_m,
            double distanceToStopLine_m,
            double from_s,
            double until_s,
            boolean inCameraView,
            double laneFlow_vph) {}

    /** One run's truth (no incident: {@code incident == null}) and the alarms each detector raised. */
    public record RunOutcome(
            int run, Incident incident, List<IncidentAlarm> alarms, int monitoredLanes, int cameras, double hours) {}

    /** Scores of one detector over all runs. */
    public record DetectorScore(
            String detector,
            int incidents,
            int detected,
            double meanTimeToDetect_s,
            double maxTimeToDetect_s,
            int falseAlarms,
            double detectorHours) {
        public double detectionRate() {
            return incidents == 0 ? Double.NaN : (double) detected / incidents;
        }

        public double falseAlarmsPer100DetectorHours() {
            return detectorHours == 0 ? Double.NaN : 100.0 * falseAlarms / detectorHours;
        }
    }

    /** Runs all runs on {@code settings.threads()} threads; results are in run order. */
    public List<RunOutcome> run(Scenario scenario, Settings settings, IntConsumer progress)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            List<Future<RunOutcome>> futures = new ArrayList<>();
            for (int r = 0; r < settings.runs(); r++) {
                int run = r;
                futures.add(pool.submit(() -> runOne(scenario, settings, run)));
            }
            List<RunOutcome> out = new ArrayList<>();
            for (Future<RunOutcome> f : futures) {
                out.add(f.get());
                progress.accept(out.size());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One seeded run; every fourth run ({@code run % 4 == 3}) has no incident. */
    public static RunOutcome runOne(Scenario scenario, Settings settings, int run) {
        long seed = settings.seed() + run;
        SignalControllers.Entry entry = SignalControllers.builtIn().get(settings.controller());
        SimulationConfig config = SimulationConfig.DEFAULT.withSeed(seed);
        Simulation sim = scenario.newSimulation(entry.factory(), entry.defaultProtocol(), config);
        List<IncidentDetector> detectors = new ArrayList<>();
        for (IncidentDetectors.Entry e : IncidentDetectors.builtIn()) {
            detectors.add(e.factory().get());
        }
        List<IncidentAlarm> alarms = new ArrayList<>();
        VirtualDetectors virtual = new VirtualDetectors(sim, settings.layout(), seed, record -> {
            for (IncidentDetector d : detectors) {
                d.accept(record, alarms::add);
            }
        });
        sim.addObserver(virtual);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        int start_s = settings.warmUp_s() + random.nextInt(300);
        int steps = settings.steps(sim.step_s());
        int startStep = (int) Math.round(start_s / sim.step_s());
        sim.run(startStep);
        Incident incident = null;
        if (run % 4 != 3) {
            incident = inject(sim, virtual, settings, random, run, start_s);
        }
        sim.run(steps - startStep);
        RoadNetwork n = sim.network();
        int cameras = DetectorLayout.monitoredRoads(n).size();
        return new RunOutcome(
                run, incident, alarms, virtual.monitoredLaneCount(), cameras, steps * sim.step_s() / 3600);
    }

    private static Incident inject(
            Simulation sim,
            VirtualDetectors virtual,
            Settings settings,
            SplittableRandom random,
            int run,
            int start_s) {
        RoadNetwork n = sim.network();
        long total = 0;
        long[] weight = new long[n.laneCount()];
        for (int lane = 0; lane < n.laneCount(); lane++) {
            if (virtual.isMonitored(lane)) {
                weight[lane] = sim.readings().departures(lane) + 1;
                total += weight[lane];
            }
        }
        long pick = random.nextLong(total);
        int lane = 0;
        while (pick >= weight[lane]) {
            pick -= weight[lane];
            lane++;
        }
        double length = n.laneLength_m(lane);
        double position = length * (0.25 + 0.6 * random.nextDouble());
        position = Math.round(position * 10) / 10.0;
        LaneBlock block = new LaneBlock(lane, position, start_s, start_s + settings.incidentDuration_s());
        sim.blockLane(block);
        double distance = length - position;
        return new Incident(
                run,
                n.roadId(n.laneRoad(lane)),
                n.laneIndexOnRoad(lane),
                position,
                distance,
                block.from_s(),
                block.until_s(),
                distance <= settings.layout().cameraView_m(),
                Math.round(sim.readings().departures(lane) * 3600.0 / Math.max(1, start_s)));
    }

    /**
     * Scores one detector. With {@code inCameraViewOnly}, only incidents a camera sees count as
     * incidents (for camera-based detectors); false alarms always count over all runs.
     */
    public static DetectorScore score(List<RunOutcome> outcomes, String detector, boolean inCameraViewOnly) {
        return score(outcomes, detector, inCameraViewOnly, 0);
    }

    /**
     * Scores one detector on the incidents whose lane carried at least {@code minLaneFlow_vph} before
     * the incident (and, with {@code inCameraViewOnly}, that a camera sees); false alarms and
     * detector-hours always count over all runs, so the false-alarm rate is the same as without the
     * filter.
     */
    public static DetectorScore score(
            List<RunOutcome> outcomes, String detector, boolean inCameraViewOnly, double minLaneFlow_vph) {
        int incidents = 0;
        int detected = 0;
        double ttdSum = 0;
        double ttdMax = 0;
        int falseAlarms = 0;
        double hours = 0;
        for (RunOutcome o : outcomes) {
            hours += o.hours() * (inCameraViewOnly ? o.cameras() : o.monitoredLanes());
            Incident inc = o.incident();
            boolean counts =
                    inc != null && (!inCameraViewOnly || inc.inCameraView()) && inc.laneFlow_vph() >= minLaneFlow_vph;
            long first = Long.MAX_VALUE;
            for (IncidentAlarm a : o.alarms()) {
                if (!a.detector().equals(detector)) {
                    continue;
                }
                if (inc != null && matches(inc, a)) {
                    first = Math.min(first, a.time_ms());
                } else {
                    falseAlarms++;
                }
            }
            if (counts) {
                incidents++;
                if (first != Long.MAX_VALUE) {
                    detected++;
                    double ttd = first / 1000.0 - inc.from_s();
                    ttdSum += ttd;
                    ttdMax = Math.max(ttdMax, ttd);
                }
            }
        }
        return new DetectorScore(
                detector,
                incidents,
                detected,
                detected == 0 ? Double.NaN : ttdSum / detected,
                ttdMax,
                falseAlarms,
                hours);
    }

    static boolean matches(Incident inc, IncidentAlarm a) {
        return a.road().equals(inc.road())
                && a.lane() == inc.lane()
                && a.time_ms() >= Math.round(inc.from_s() * 1000)
                && a.time_ms() <= Math.round(inc.until_s() * 1000) + GRACE_MS;
    }
}
