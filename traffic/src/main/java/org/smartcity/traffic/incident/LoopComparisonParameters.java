package org.smartcity.traffic.incident;

/**
 * Parameters of {@link LoopComparisonDetector}.
 *
 * @param freeSpeed_mps speed assumed between the stations when working out the travel time, m/s
 * @param acceleration_mps2 acceleration assumed for a vehicle counted below the free speed (pulling away from
 *     a queue) up to it, m/s²
 * @param travelSlack factor on that travel time before a vehicle counts as missing, ≥ 1
 * @param quietOccupancy downstream occupancy below which the station counts as quiet (DOCC), 0..1
 * @param minMissing vehicles that must be missing for an interval to be suspicious, ≥ 1
 * @param persistence consecutive suspicious intervals before the alarm, ≥ 1
 */
public record LoopComparisonParameters(
        double freeSpeed_mps,
        double acceleration_mps2,
        double travelSlack,
        double quietOccupancy,
        int minMissing,
        int persistence)
        implements java.io.Serializable {
    /**
     * 11.1 m/s (40 km/h, the fastest a vehicle may cross the link), slack 1.1, DOCC 1 %, 1 vehicle, 1
     * interval (5 s loops). With the speed limit as the travel speed, the slack only has to cover
     * vehicles entering below it; the upstream interval's end, taken as the passage time, adds up to one
     * interval more. Checked on generated grids with two seeds and two demands (docs/streams.md).
     */
    public static final LoopComparisonParameters DEFAULT = new LoopComparisonParameters(11.1, 2.0, 1.1, 0.01, 1, 1);

    public LoopComparisonParameters {
        if (!(freeSpeed_mps > 0)
                || !(acceleration_mps2 > 0)
                || !(travelSlack >= 1)
                || !(quietOccupancy >= 0 && quietOccupancy <= 1)) {
            throw new IllegalArgumentException("need speed and acceleration > 0, slack ≥ 1, occupancy in 0..1");
        }
        if (minMissing < 1 || persistence < 1) {
            throw new IllegalArgumentException("minMissing and persistence must be ≥ 1");
        }
    }
}
