package org.smartcity.stream.window;

import org.smartcity.traffic.detect.CongestionLevel;

/**
 * Traffic on one road over one event-time window, from the upstream loops of all its lanes: flow is
 * the sum over lanes, occupancy the mean, speed the mean over counted vehicles.
 *
 * @param road road id
 * @param windowEnd_ms end of the window, ms (event time)
 * @param window_s window length, s
 * @param flow_vph vehicles per hour, all lanes
 * @param occupancy mean occupancy, 0..1
 * @param speed_mps mean spot speed, m/s (0 when nothing was counted)
 * @param level congestion level
 */
public record RoadStats(
        String road,
        long windowEnd_ms,
        long window_s,
        double flow_vph,
        double occupancy,
        double speed_mps,
        CongestionLevel level) {}
