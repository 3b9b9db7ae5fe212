package org.smartcity.stream.window;

/**
 * What a road's camera saw over one event-time window.
 *
 * @param road road id
 * @param windowEnd_ms end of the window, ms (event time)
 * @param window_s window length, s
 * @param observations vehicle observations (vehicle-seconds in view when the camera reports each second)
 * @param meanSpeed_mps mean speed over the observations, m/s
 * @param stoppedShare share of observations slower than 0.1 m/s
 */
public record CameraRoadStats(
        String road, long windowEnd_ms, long window_s, long observations, double meanSpeed_mps, double stoppedShare) {}
