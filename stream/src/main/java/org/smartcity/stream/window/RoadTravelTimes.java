package org.smartcity.stream.window;

/**
 * Travel times on one road over one event-time window (vehicles that reached the stop line in it).
 *
 * @param road road id
 * @param windowEnd_ms end of the window, ms (event time)
 * @param window_s window length, s
 * @param vehicles vehicles paired
 * @param mean_s mean travel time, s
 * @param max_s longest travel time, s
 */
public record RoadTravelTimes(
        String road, long windowEnd_ms, long window_s, int vehicles, double mean_s, double max_s) {}
