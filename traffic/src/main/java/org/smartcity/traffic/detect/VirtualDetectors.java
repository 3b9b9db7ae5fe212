package org.smartcity.traffic.detect;

import java.util.List;
import java.util.function.Consumer;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.sim.LaneBlock;
import org.smartcity.traffic.sim.Simulation;

/**
 * Virtual roadside equipment on a simulation, laid out by a {@link DetectorLayout}: after every step it
 * reads the vehicles on the monitored lanes and emits what real loops and cameras would send, in time
 * order, to a sink. Loops count vehicles whose front crosses the zone start and integrate the time a
 * vehicle's body is over the zone (positions interpolated linearly within a step). Cameras report
 * every vehicle in view each report interval, plus the obstacle of an injected incident (a stopped
 * object, like the broken-down car it stands for), and a passage when a vehicle enters the road or
 * crosses its stop line. Tracks and tokens are keyed hashes of vehicle numbers, so no identity leaves.
 * Deterministic for a given simulation and seed. Not thread-safe: runs on the simulation thread.
 */
public final class VirtualDetectors implements Simulation.StepObserver {
    private final DetectorLayout layout;
    private final Consumer<DetectorRecord> sink;
    private final long salt;
    private final int loopEvery;
    private final int cameraEvery;

    // per lane (null when not monitored)
    private final boolean[] monitored;
    private final double[] length_m;
    private final String[] road;
    private final int[] laneIndex;
    private final String[] camera;
    // per lane and loop station, at [lane * stations + s], upstream station first
    private final int stations;
    private final double[] loopPos_m;
    private final String[] loopId;
    private final int[] loopCount;
    private final double[] loopOcc_s;
    private final double[] loopSpeedSum;

    // per vehicle: where it was seen after the last step
    private int[] lastStep;
    private int[] lastLane;
    private double[] lastPos_m;
    private double[] lastSpeed_mps;
    private int[] previous = new int[256];
    private int previousCount;
    private int[] current = new int[256];
    private int currentCount;
    private int steps;
    private final double dt;
    private final int trackBase;

    public VirtualDetectors(Simulation simulation, DetectorLayout layout, long seed, Consumer<DetectorRecord> sink) {
        this.layout = layout;
        this.sink = sink;
        this.salt = mix(seed ^ 0x5DEECE66DL);
        this.dt = simulation.step_s();
        this.loopEvery = stepsOf(layout.loopInterval_s(), dt);
        this.cameraEvery = stepsOf(layout.cameraInterval_s(), dt);
        RoadNetwork n = simulation.network();
        int lanes = n.laneCount();
        monitored = new boolean[lanes];
        length_m = new double[lanes];
        road = new String[lanes];
        laneIndex = new int[lanes];
        camera = new String[lanes];
        stations = layout.loopStations();
        loopPos_m = new double[lanes * stations];
        loopId = new String[lanes * stations];
        loopCount = new int[lanes * stations];
        loopOcc_s = new double[lanes * stations];
        loopSpeedSum = new double[lanes * stations];
        for (int r : DetectorLayout.monitoredRoads(n)) {
            for (int k = 0; k < n.laneCount(r); k++) {
                int lane = n.firstLane(r) + k;
                monitored[lane] = true;
                length_m[lane] = n.laneLength_m(lane);
                road[lane] = n.roadId(r);
                laneIndex[lane] = k;
                camera[lane] = "cam-" + n.roadId(r);
                double[] positions = layout.stationPositions_m(length_m[lane]);
                for (int s = 0; s < stations; s++) {
                    loopPos_m[lane * stations + s] = positions[s];
                    loopId[lane * stations + s] = n.laneId(lane) + "/" + stationSuffix(layout, s);
                }
            }
        }
        int vehicles = simulation.plannedVehicles();
        trackBase = vehicles;
        lastStep = new int[vehicles];
        lastLane = new int[vehicles];
        lastPos_m = new double[vehicles];
        lastSpeed_mps = new double[vehicles];
        java.util.Arrays.fill(lastStep, -1);
    }

    /** Room for vehicles dispatched while the simulation runs ({@link Simulation#dispatch}). */
    private void growVehicles(int vehicles) {
        int before = lastStep.length;
        lastStep = java.util.Arrays.copyOf(lastStep, vehicles);
        lastLane = java.util.Arrays.copyOf(lastLane, vehicles);
        lastPos_m = java.util.Arrays.copyOf(lastPos_m, vehicles);
        lastSpeed_mps = java.util.Arrays.copyOf(lastSpeed_mps, vehicles);
        java.util.Arrays.fill(lastStep, before, vehicles, -1);
    }

    /** {@code up}, {@code down}, or {@code mid1}, {@code mid2}… from upstream to downstream. */
    private static String stationSuffix(DetectorLayout layout, int s) {
        return switch (layout.station(s)) {
            case UP -> "up";
            case DOWN -> "down";
            case MID -> "mid" + s;
        };
    }

    private static int stepsOf(int interval_s, double dt) {
        double steps = interval_s / dt;
        if (Math.abs(steps - Math.rint(steps)) > 1e-9) {
            throw new IllegalArgumentException(
                    "report interval " + interval_s + " s is not a whole number of " + dt + " s steps");
        }
        return (int) Math.rint(steps);
    }

    /** Number of lanes with detectors. */
    public int monitoredLaneCount() {
        int c = 0;
        for (boolean m : monitored) {
            c += m ? 1 : 0;
        }
        return c;
    }

    /** Whether a lane (dense id) has detectors. */
    public boolean isMonitored(int lane) {
        return monitored[lane];
    }

    @Override
    public void afterStep(Simulation sim) {
        if (sim.plannedVehicles() > lastStep.length) {
            growVehicles(sim.plannedVehicles());
        }
        steps++;
        long now_ms = Math.round(sim.time_s() * 1000);
        boolean cameraFrame = steps % cameraEvery == 0;
        currentCount = 0;
        sim.forEachRunningVehicle((v, d, onLink, pos, speed) -> {
            if (onLink || !monitored[d]) {
                return;
            }
            int before = lastStep[v] == steps - 1 ? lastLane[v] : -1;
            double p0;
            if (before == d) {
                p0 = lastPos_m[v];
            } else {
                if (before >= 0) {
                    left(v, before, sim, now_ms);
                }
                p0 = Math.max(0, pos - speed * dt);
                passage(now_ms, d, PassageLine.ENTRY, v);
            }
            double len = sim.vehicleLength_m(v);
            passLoops(d, p0, pos, len, speed);
            if (cameraFrame && length_m[d] - pos <= layout.cameraView_m()) {
                sink.accept(new VehicleObservation(
                        now_ms,
                        camera[d],
                        road[d],
                        laneIndex[d],
                        track(v, d),
                        round(Math.max(0, length_m[d] - pos)),
                        round(speed)));
            }
            lastStep[v] = steps;
            lastLane[v] = d;
            lastPos_m[v] = pos;
            lastSpeed_mps[v] = speed;
            addCurrent(v);
        });
        for (int i = 0; i < previousCount; i++) {
            int v = previous[i];
            if (lastStep[v] != steps) {
                left(v, lastLane[v], sim, now_ms);
            }
        }
        int[] swap = previous;
        previous = current;
        current = swap;
        previousCount = currentCount;
        if (cameraFrame) {
            reportObstacles(sim, now_ms);
        }
        if (steps % loopEvery == 0) {
            reportLoops(now_ms);
        }
    }

    private void addCurrent(int v) {
        if (currentCount == current.length) {
            current = java.util.Arrays.copyOf(current, currentCount * 2);
        }
        current[currentCount++] = v;
    }

    /** Vehicle {@code v} was on {@code lane} after the last step and has left it (stop line or end). */
    private void left(int v, int lane, Simulation sim, long now_ms) {
        double p0 = lastPos_m[v];
        double p1 = Math.max(length_m[lane], p0 + lastSpeed_mps[v] * dt);
        passLoops(lane, p0, p1, sim.vehicleLength_m(v), lastSpeed_mps[v]);
        passage(now_ms, lane, PassageLine.STOP, v);
    }

    private void passLoops(int lane, double p0, double p1, double len, double speed) {
        double zone = layout.loopLength_m();
        for (int i = lane * stations, end = i + stations; i < end; i++) {
            double at = loopPos_m[i];
            if (p0 < at && p1 >= at) {
                loopCount[i]++;
                loopSpeedSum[i] += speed;
            }
            loopOcc_s[i] += overlap_s(p0, p1, at, at + zone + len);
        }
    }

    /** Time within the step the front spends in (a, b), moving linearly from p0 to p1. */
    private double overlap_s(double p0, double p1, double a, double b) {
        if (p1 - p0 < 1e-9) {
            return p0 > a && p0 < b ? dt : 0;
        }
        double inside = Math.min(p1, b) - Math.max(p0, a);
        return inside <= 0 ? 0 : dt * inside / (p1 - p0);
    }

    private void passage(long now_ms, int lane, PassageLine line, int v) {
        sink.accept(new PassageRecord(now_ms, camera[lane], road[lane], laneIndex[lane], line, token(v)));
    }

    private void reportObstacles(Simulation sim, long now_ms) {
        List<LaneBlock> blocks = sim.laneBlocks();
        double now = sim.time_s();
        for (int b = 0; b < blocks.size(); b++) {
            LaneBlock block = blocks.get(b);
            int lane = block.lane();
            if (monitored[lane]
                    && block.activeAt(now)
                    && length_m[lane] - block.position_m() <= layout.cameraView_m()) {
                sink.accept(new VehicleObservation(
                        now_ms,
                        camera[lane],
                        road[lane],
                        laneIndex[lane],
                        track(trackBase + b, lane),
                        round(length_m[lane] - block.position_m()),
                        0));
            }
        }
    }

    private void reportLoops(long now_ms) {
        int interval = layout.loopInterval_s();
        for (int lane = 0; lane < monitored.length; lane++) {
            if (!monitored[lane]) {
                continue;
            }
            for (int s = stations - 1; s >= 0; s--) {
                int i = lane * stations + s;
                sink.accept(new LoopRecord(
                        now_ms,
                        loopId[i],
                        road[lane],
                        laneIndex[lane],
                        layout.station(s),
                        round(loopPos_m[i]),
                        interval,
                        loopCount[i],
                        Math.min(1, round3(loopOcc_s[i] / interval)),
                        loopCount[i] == 0 ? 0 : round(loopSpeedSum[i] / loopCount[i])));
                loopCount[i] = 0;
                loopOcc_s[i] = 0;
                loopSpeedSum[i] = 0;
            }
        }
    }

    private long track(int v, int lane) {
        return mix(salt ^ ((long) v << 20) ^ lane) & 0xFFFFFFFFL;
    }

    private String token(int v) {
        return Long.toHexString(mix(salt + v));
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** SplitMix64 finaliser over a number mixed with the run's key (the key never leaves the process). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
