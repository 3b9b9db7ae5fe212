package org.smartcity.traffic.detect;

/**
 * What an inductive loop or radar detector reports for one lane over one interval.
 *
 * @param time_ms end of the interval, ms
 * @param detector detector id, unique in the city
 * @param road road id
 * @param lane lane index on the road, 0 = leftmost
 * @param station where the detector sits on the lane: upstream (near the lane's start), mid-block or
 *     downstream (just before the stop line)
 * @param position_m distance of the detection zone from the lane's start, m
 * @param interval_s length of the interval, s, ≥ 1
 * @param count vehicles whose front entered the detection zone during the interval
 * @param occupancy share of the interval during which a vehicle was over the zone, 0..1
 * @param speed_mps mean spot speed of the counted vehicles, m/s; 0 when {@code count} is 0
 */
public record LoopRecord(
        long time_ms,
        String detector,
        String road,
        int lane,
        LoopStation station,
        double position_m,
        int interval_s,
        int count,
        double occupancy,
        double speed_mps)
        implements DetectorRecord {
    public LoopRecord {
        DetectorRecord.requireCommon(time_ms, road, lane);
        if (!(detector != null && !detector.isBlank())) {
            throw new IllegalArgumentException("detector is missing");
        }
        if (!(station != null)) {
            throw new IllegalArgumentException("station is missing (up or down)");
        }
        if (!(position_m >= 0 && Double.isFinite(position_m))) {
            throw new IllegalArgumentException("position_m must be ≥ 0");
        }
        if (!(interval_s >= 1)) {
            throw new IllegalArgumentException("interval_s must be ≥ 1, got " + interval_s);
        }
        if (!(count >= 0)) {
            throw new IllegalArgumentException("count must be ≥ 0, got " + count);
        }
        if (!(occupancy >= 0 && occupancy <= 1)) {
            throw new IllegalArgumentException("occupancy must be in 0..1, got " + occupancy);
        }
        if (!(speed_mps >= 0 && Double.isFinite(speed_mps))) {
            throw new IllegalArgumentException("speed_mps must be ≥ 0");
        }
    }
}
