package org.smartcity.traffic.detect;

/**
 * A vehicle crossing a line a camera watches: the road's entry line or its stop line. The plate is
 * not stored; {@code token} is a pseudonym (a keyed hash of the plate, its key changed daily) that
 * only lets the same vehicle's entry and stop-line passages on a road be paired for travel times.
 *
 * @param time_ms time of the crossing, ms
 * @param camera camera id
 * @param road road id
 * @param lane lane index on the road, 0 = leftmost
 * @param line which line was crossed
 * @param token pseudonymous vehicle token
 */
public record PassageRecord(long time_ms, String camera, String road, int lane, PassageLine line, String token)
        implements DetectorRecord {
    public PassageRecord {
        DetectorRecord.requireCommon(time_ms, road, lane);
        if (!(camera != null && !camera.isBlank())) {
            throw new IllegalArgumentException("camera is missing");
        }
        if (!(line != null)) {
            throw new IllegalArgumentException("line is missing (entry or stop)");
        }
        if (!(token != null && !token.isBlank())) {
            throw new IllegalArgumentException("token is missing");
        }
    }
}
