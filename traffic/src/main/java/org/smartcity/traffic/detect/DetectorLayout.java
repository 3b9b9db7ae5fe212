package org.smartcity.traffic.detect;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Where virtual detectors sit: every road that ends at a signalised intersection gets two loop
 * stations per lane and one camera watching the last {@code cameraView_m} metres before its stop line
 * plus its entry and stop lines.
 *
 * @param upstreamLoop_m distance of the upstream loop from the lane's start, m
 * @param downstreamLoop_m distance of the downstream loop's zone start before the stop line, m
 * @param loopLength_m length of a loop's detection zone, m
 * @param loopInterval_s loops report every this many seconds (a whole number of steps)
 * @param cameraView_m a camera sees vehicles this far before the stop line, m
 * @param cameraInterval_s cameras report the vehicles in view every this many seconds
 */
public record DetectorLayout(
        double upstreamLoop_m,
        double downstreamLoop_m,
        double loopLength_m,
        int loopInterval_s,
        double cameraView_m,
        int cameraInterval_s) {
    /** 20 m after the lane's start, 6 m before the stop line, 2 m loops reporting every 5 s; 150 m camera views. */
    public static final DetectorLayout DEFAULT = new DetectorLayout(20, 6, 2, 5, 150, 1);

    public DetectorLayout {
        if (!(upstreamLoop_m >= 0) || !(downstreamLoop_m > 0) || !(loopLength_m > 0)) {
            throw new IllegalArgumentException("loop positions must be ≥ 0 and loop length > 0");
        }
        if (loopInterval_s < 1 || cameraInterval_s < 1) {
            throw new IllegalArgumentException("report intervals must be at least 1 s");
        }
        if (!(cameraView_m > 0)) {
            throw new IllegalArgumentException("camera view must be > 0 m, got " + cameraView_m);
        }
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

    /** Position of the downstream loop on a lane of {@code length_m}, m from the lane's start. */
    public double downstreamPosition_m(double length_m) {
        return Math.max(0, length_m - downstreamLoop_m);
    }
}
