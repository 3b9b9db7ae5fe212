package org.smartcity.traffic.live;

import java.util.Objects;

/**
 * An incident alarm as the live twin shows it: raised by one detector on one lane, cleared when that
 * detector sees the lane normal again.
 *
 * @param id number of the alarm in this twin, from 1, in the order raised
 * @param time_s simulated time it was raised at
 * @param road road id
 * @param lane lane index on the road, 0 = leftmost
 * @param detector name of the detector that raised it (e.g. {@code camera-stopped})
 * @param reason one line saying what the detector saw
 * @param cleared_s simulated time the detector saw the lane normal again; negative while the alarm stands
 */
public record TwinAlarm(
        long id, double time_s, String road, int lane, String detector, String reason, double cleared_s) {
    public TwinAlarm {
        Objects.requireNonNull(road, "road");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(reason, "reason");
        if (id < 1 || !(time_s >= 0) || lane < 0) {
            throw new IllegalArgumentException("alarm needs id ≥ 1, time ≥ 0 and a lane index ≥ 0");
        }
    }

    /** True while the alarm stands (not cleared). */
    public boolean active() {
        return cleared_s < 0;
    }

    TwinAlarm clearedAt(double time_s) {
        return new TwinAlarm(id, this.time_s, road, lane, detector, reason, time_s);
    }
}
