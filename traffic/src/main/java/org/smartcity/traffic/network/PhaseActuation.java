package org.smartcity.traffic.network;

import java.util.Arrays;

/**
 * How an actuated signal program (SUMO's {@code type="actuated"}) may stretch one green phase: it lasts
 * at least {@code minDuration_s}, then is extended while a vehicle has passed one of the phase's loop
 * detectors less than {@code maxGap_s} ago, up to {@code maxDuration_s}. Immutable.
 *
 * @param minDuration_s shortest green, s (&gt;= 0)
 * @param maxDuration_s longest green, s (&gt; minDuration_s, finite)
 * @param maxGap_s a detection this recent (s) extends the green (SUMO's {@code max-gap}, default 3)
 * @param detectorGap_s loops lie this many seconds of travel at the lane's speed limit before the stop
 *     line (SUMO's {@code detector-gap}, default 2)
 * @param passingTime_s time a queued vehicle needs to pass the stop line (SUMO's {@code passing-time},
 *     default 1.9); bounds the loop distance so that the minimum green clears the vehicles before it
 * @param actuatingLaneLinks the lane links whose green counts for detection in this phase (major
 *     greens, and minor greens by SUMO's rules); the loops on their lanes serve the phase when every
 *     lane link from that lane is among them
 */
public record PhaseActuation(
        double minDuration_s,
        double maxDuration_s,
        double maxGap_s,
        double detectorGap_s,
        double passingTime_s,
        int[] actuatingLaneLinks) {

    /** SUMO's defaults for {@code max-gap}, {@code detector-gap} and {@code passing-time}, s. */
    public static final double DEFAULT_MAX_GAP_S = 3.0;

    public static final double DEFAULT_DETECTOR_GAP_S = 2.0;
    public static final double DEFAULT_PASSING_TIME_S = 1.9;

    public PhaseActuation {
        if (!(minDuration_s >= 0) || !(maxDuration_s > minDuration_s) || !Double.isFinite(maxDuration_s)) {
            throw new IllegalArgumentException("an actuated phase needs 0 <= minDur < maxDur (finite), got minDur "
                    + minDuration_s + " s and maxDur " + maxDuration_s + " s");
        }
        for (double v : new double[] {maxGap_s, detectorGap_s, passingTime_s}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(
                        "max-gap, detector-gap and passing-time must be positive numbers of seconds, got " + v);
            }
        }
        actuatingLaneLinks = actuatingLaneLinks.clone();
        Arrays.sort(actuatingLaneLinks);
    }

    @Override
    public int[] actuatingLaneLinks() {
        return actuatingLaneLinks.clone();
    }

    /** True when lane link {@code laneLink}'s green counts for detection in this phase. */
    public boolean actuates(int laneLink) {
        return Arrays.binarySearch(actuatingLaneLinks, laneLink) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhaseActuation a
                && a.minDuration_s == minDuration_s
                && a.maxDuration_s == maxDuration_s
                && a.maxGap_s == maxGap_s
                && a.detectorGap_s == detectorGap_s
                && a.passingTime_s == passingTime_s
                && Arrays.equals(a.actuatingLaneLinks, actuatingLaneLinks);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(minDuration_s + 7 * maxDuration_s) + Arrays.hashCode(actuatingLaneLinks);
    }

    @Override
    public String toString() {
        return "PhaseActuation[minDur=" + minDuration_s + ", maxDur=" + maxDuration_s + ", maxGap=" + maxGap_s
                + ", detectorGap=" + detectorGap_s + ", passingTime=" + passingTime_s + ", lane links="
                + Arrays.toString(actuatingLaneLinks) + "]";
    }
}
