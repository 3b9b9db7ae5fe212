package org.smartcity.traffic.detect;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Where virtual detectors sit: every road that ends at a signalised intersection gets {@code
 * loopStations} loop stations per lane and one camera watching the last {@code cameraView_m} metres
 * before its stop line plus its entry and stop lines. The stations are an upstream loop near the lane's
 * start, a downstream loop just before the stop line and, with more than two stations, mid-block loops
 * evenly spaced between them (real arterials often have stop-line, mid-block and advance loops).
 *
 * @param upstreamLoop_m distance of the upstream loop from the lane's start, m
 * @param downstreamLoop_m distance of the downstream loop's zone start before the stop line, m
 * @param loopStations loop stations per lane, ≥ 2 (upstream, mid-block ones, downstream)
 * @param loopLength_m length of a loop's detection zone, m
 * @param loopInterval_s loops report every this many seconds (a whole number of steps)
 * @param cameraView_m a camera sees vehicles this far before the stop line, m
 * @param cameraInterval_s cameras report the vehicles in view every this many seconds
 */
public record DetectorLayout(
        double upstreamLoop_m,
        double downstreamLoop_m,
        int loopStations,
        double loopLength_m,
        int loopInterval_s,
        double cameraView_m,
        int cameraInterval_s) {
    /** Loop stations per lane by default: upstream, one mid-block, stop line. */
    public static final int DEFAULT_LOOP_STATIONS = 3;

    /**
     * 20 m after the lane's start, 6 m before the stop line and one mid-block station halfway between,
     * 2 m loops reporting every 5 s; 150 m camera views.
     */
    public static final DetectorLayout DEFAULT = new DetectorLayout(20, 6, DEFAULT_LOOP_STATIONS, 2, 5, 150, 1);

    /** Most loop stations a lane may get. */
    public static final int MAX_LOOP_STATIONS = 8;

    public DetectorLayout {
        if (!(upstreamLoop_m >= 0) || !(downstreamLoop_m > 0) || !(loopLength_m > 0)) {
            throw new IllegalArgumentException("loop positions must be ≥ 0 and loop length > 0");
        }
        if (loopStations < 2 || loopStations > MAX_LOOP_STATIONS) {
            throw new IllegalArgumentException(
                    "loop stations per lane must be 2.." + MAX_LOOP_STATIONS + ", got " + loopStations);
        }
        if (loopInterval_s < 1 || cameraInterval_s < 1) {
            throw new IllegalArgumentException("report intervals must be at least 1 s");
        }
        if (!(cameraView_m > 0)) {
            throw new IllegalArgumentException("camera view must be > 0 m, got " + cameraView_m);
        }
    }

    /** This layout with {@code stations} loop stations per lane. */
    public DetectorLayout withLoopStations(int stations) {
        return new DetectorLayout(
                upstreamLoop_m,
                downstreamLoop_m,
                stations,
                loopLength_m,
                loopInterval_s,
                cameraView_m,
                cameraInterval_s);
    }

    /** This layout with loops reporting every {@code interval_s} seconds. */
    public DetectorLayout withLoopInterval(int interval_s) {
        return new DetectorLayout(
                upstreamLoop_m,
                downstreamLoop_m,
                loopStations,
                loopLength_m,
                interval_s,
                cameraView_m,
                cameraInterval_s);
    }

    /** Roads that get detectors: those ending at a signalised intersection, in id order. */
    public static List<Integer> monitoredRoads(RoadNetwork network) {
        List<Integer> roads = new ArrayList<>();
        for (int r = 0; r < network.roadCount(); r++) {
            if (network.isSignalised(network.roadTo(r))) {
                roads.add(r);
            }
        }
        return roads;
    }

    /** Position of the upstream loop on a lane of {@code length_m}, m from the lane's start. */
    public double upstreamPosition_m(double length_m) {
        return Math.min(upstreamLoop_m, length_m);
    }

    /** Position of the downstream loop on a lane of {@code length_m}, m from the lane's start. */
    public double downstreamPosition_m(double length_m) {
        return Math.max(0, length_m - downstreamLoop_m);
    }

    /**
     * Positions of the {@link #loopStations} stations on a lane of {@code length_m}, m from the lane's
     * start, upstream first: the mid-block ones divide the stretch between the upstream and the
     * downstream loop evenly. Non-decreasing (equal only on lanes too short for the layout).
     */
    public double[] stationPositions_m(double length_m) {
        double up = upstreamPosition_m(length_m);
        double down = Math.max(up, downstreamPosition_m(length_m));
        double[] positions = new double[loopStations];
        for (int s = 0; s < loopStations; s++) {
            positions[s] = s == loopStations - 1 ? down : up + (down - up) * s / (loopStations - 1);
        }
        return positions;
    }

    /** The kind of station {@code s} (0 = upstream) of this layout. */
    public LoopStation station(int s) {
        return s == 0 ? LoopStation.UP : s == loopStations - 1 ? LoopStation.DOWN : LoopStation.MID;
    }
}
