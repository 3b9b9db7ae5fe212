package org.smartcity.stream.window;

import org.smartcity.traffic.detect.CongestionLevel;

/**
 * Traffic on one lane over one event-time window, from its upstream loop (mid-block conditions; the
 * stop-line loop mostly shows the signal).
 *
 * @param road road id
 * @param lane lane index, 0 = leftmost
 * @param windowEnd_ms end of the window, ms (event time)
 * @param window_s window length, s
 * @param flow_vph vehicles per hour
 * @param occupancy mean occupancy, 0..1
 * @param speed_mps mean spot speed of counted vehicles, m/s (0 when none)
 * @param level congestion level
 */
public record LaneStats(
        String road,
        int lane,
        long windowEnd_ms,
        long window_s,
        double flow_vph,
        double occupancy,
        double speed_mps,
        CongestionLevel level) {}
