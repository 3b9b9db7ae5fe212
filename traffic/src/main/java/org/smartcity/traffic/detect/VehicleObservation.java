package org.smartcity.traffic.detect;

/**
 * One vehicle (or a stopped object such as a broken-down car) seen by a camera's video analytics in
 * its view of a road, reported once per second. No plate: {@code track} is an anonymous number that
 * stays the same while the object is in the same camera's view and means nothing elsewhere.
 *
 * @param time_ms time of the video frame, ms
 * @param camera camera id
 * @param road road id
 * @param lane lane index on the road, 0 = leftmost
 * @param track anonymous track number, ≥ 0
 * @param distance_m distance of the object's front before the stop line, m (0 = at the line)
 * @param speed_mps speed, m/s
 */
public record VehicleObservation(
        long time_ms, String camera, String road, int lane, long track, double distance_m, double speed_mps)
        implements DetectorRecord {
    public VehicleObservation {
        DetectorRecord.requireCommon(time_ms, road, lane);
        if (!(camera != null && !camera.isBlank())) {
            throw new IllegalArgumentException("camera is missing");
        }
        if (!(track >= 0)) {
            throw new IllegalArgumentException("track must be ≥ 0, got " + track);
        }
        if (!(distance_m >= 0 && Double.isFinite(distance_m))) {
            throw new IllegalArgumentException("distance_m must be ≥ 0");
        }
        if (!(speed_mps >= 0 && Double.isFinite(speed_mps))) {
            throw new IllegalArgumentException("speed_mps must be ≥ 0");
        }
    }
}
