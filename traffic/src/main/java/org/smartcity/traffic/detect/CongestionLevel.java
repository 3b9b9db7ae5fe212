package org.smartcity.traffic.detect;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A coarse traffic state for maps and alarms, from loop occupancy and mean speed over a window:
 * {@code free} below 15 % occupancy, {@code slow} below 30 %, {@code congested} below 50 %, {@code
 * jammed} from 50 %; a state is raised one level when the mean speed of moving vehicles counted is
 * below 5 m/s (18 km/h) and occupancy is at least 15 %. Thresholds follow the usual occupancy bands of
 * urban loop data; they are parameters of no model here.
 */
public enum CongestionLevel {
    @JsonProperty("free")
    FREE,
    @JsonProperty("slow")
    SLOW,
    @JsonProperty("congested")
    CONGESTED,
    @JsonProperty("jammed")
    JAMMED;

    /** The level for a window's mean occupancy (0..1) and mean speed in m/s (0 when nothing was counted). */
    public static CongestionLevel of(double occupancy, double speed_mps) {
        int level;
        if (occupancy < 0.15) {
            level = 0;
        } else if (occupancy < 0.30) {
            level = 1;
        } else if (occupancy < 0.50) {
            level = 2;
        } else {
            level = 3;
        }
        if (level >= 1 && speed_mps < 5) {
            level = Math.min(3, level + 1);
        }
        return values()[level];
    }
}
