package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.PhaseActuation;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;

/**
 * The loop detectors of an intersection's actuated program, placed as SUMO places them: one per lane
 * that has an actuating green in some actuated phase, {@code detector-gap} seconds of travel at the
 * lane's speed limit before the stop line, but no further than the queue the shortest minimum green on
 * that lane clears ({@code (minDur / passing-time + 0.5) × 7.5 m}), and not beyond the lane's start. A
 * loop serves a phase when every lane link from its lane is an actuating green of that phase. Immutable.
 */
public final class ActuationLoops {
    /** Length a queued vehicle takes up with its gap, m (SUMO's default vehicle length plus gap). */
    static final double VEHICLE_WITH_GAP_M = 7.5;

    private static final ActuationLoops NONE = new ActuationLoops(new int[0][], new double[0][]);

    private final int[][] lanes;
    private final double[][] distance_m;

    private ActuationLoops(int[][] lanes, double[][] distance_m) {
        this.lanes = lanes;
        this.distance_m = distance_m;
    }

    /** The loops of {@code intersection}'s plan; none when no phase is actuated. */
    static ActuationLoops of(RoadNetwork network, int intersection, List<SignalPhase> phases) {
        if (phases.stream().allMatch(p -> p.actuation() == null)) {
            return NONE;
        }
        int laneCount = network.laneCount();
        double[] minDuration = new double[laneCount];
        java.util.Arrays.fill(minDuration, Double.POSITIVE_INFINITY);
        PhaseActuation any = null;
        for (SignalPhase phase : phases) {
            PhaseActuation a = phase.actuation();
            if (a == null) {
                continue;
            }
            any = a;
            for (int laneLink : a.actuatingLaneLinks()) {
                int lane = network.laneLinkFromLane(laneLink);
                minDuration[lane] = Math.min(minDuration[lane], a.minDuration_s());
            }
        }
        int[][] lanes = new int[phases.size()][];
        double[][] distances = new double[phases.size()][];
        for (int p = 0; p < phases.size(); p++) {
            PhaseActuation a = phases.get(p).actuation();
            List<Integer> served = new ArrayList<>();
            if (a != null) {
                for (int laneLink : a.actuatingLaneLinks()) {
                    int lane = network.laneLinkFromLane(laneLink);
                    if (!served.contains(lane) && allActuating(network, lane, a)) {
                        served.add(lane);
                    }
                }
            }
            lanes[p] = served.stream().mapToInt(Integer::intValue).toArray();
            distances[p] = new double[lanes[p].length];
            for (int k = 0; k < lanes[p].length; k++) {
                int lane = lanes[p][k];
                double d = Math.min(
                        any.detectorGap_s() * network.laneMaxSpeed_mps(lane),
                        (minDuration[lane] / any.passingTime_s() + 0.5) * VEHICLE_WITH_GAP_M);
                distances[p][k] = Math.min(d, network.laneLength_m(lane));
            }
        }
        return new ActuationLoops(lanes, distances);
    }

    private static boolean allActuating(RoadNetwork network, int lane, PhaseActuation a) {
        for (int laneLink : network.outgoingLaneLinksOf(lane)) {
            if (!a.actuates(laneLink)) {
                return false;
            }
        }
        return true;
    }

    /** Number of loops that serve phase {@code phase}. */
    public int count(int phase) {
        return phase < lanes.length ? lanes[phase].length : 0;
    }

    /** The lane of the k-th loop serving {@code phase}. */
    public int lane(int phase, int k) {
        return lanes[phase][k];
    }

    /** How far before the stop line the k-th loop serving {@code phase} lies, m. */
    public double distance_m(int phase, int k) {
        return distance_m[phase][k];
    }

    /**
     * The shortest time since detection among the loops serving {@code phase} that is below {@code
     * maxGap_s}; {@link Double#POSITIVE_INFINITY} when every loop has a longer gap (the green may end).
     */
    public double gap_s(int phase, LaneReadings readings, double maxGap_s) {
        double gap = Double.POSITIVE_INFINITY;
        for (int k = 0; k < count(phase); k++) {
            double since = readings.secondsSinceDetection(lanes[phase][k], distance_m[phase][k]);
            if (since < maxGap_s) {
                gap = Math.min(gap, since);
            }
        }
        return gap;
    }
}
