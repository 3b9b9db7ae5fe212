package org.smartcity.stream.job;

import java.io.Serializable;

/**
 * Time settings of the traffic stream job.
 *
 * @param window_s length of the lane, road and camera windows, s
 * @param travelWindow_s length of the travel-time windows, s
 * @param outOfOrderness_ms how far event time may go back (bounded-out-of-orderness watermarks), ms
 * @param allowedLateness_ms how long after the watermark passed a window's end late records still
 *     update it; older records go to the {@code late} output, ms
 * @param idleness_ms a source split without records for this long stops holding the watermark, ms
 */
public record StreamSettings(
        long window_s, long travelWindow_s, long outOfOrderness_ms, long allowedLateness_ms, long idleness_ms)
        implements Serializable {
    /** One-minute windows, five-minute travel times, 5 s out of order, 30 s lateness, 10 s idleness. */
    public static final StreamSettings DEFAULT = new StreamSettings(60, 300, 5_000, 30_000, 10_000);

    public StreamSettings {
        if (window_s < 1 || travelWindow_s < 1 || outOfOrderness_ms < 0 || allowedLateness_ms < 0 || idleness_ms < 1) {
            throw new IllegalArgumentException("windows must be ≥ 1 s and delays ≥ 0");
        }
    }
}
