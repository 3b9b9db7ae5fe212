package org.smartcity.traffic.incident;

/**
 * An incident alarm raised by a detector.
 *
 * @param time_ms event time the alarm was raised at, ms (time of the record that triggered it)
 * @param detector name of the detector that raised it
 * @param road road id
 * @param lane lane index on the road, 0 = leftmost
 * @param reason one line saying what was seen, for the operator
 */
public record IncidentAlarm(long time_ms, String detector, String road, int lane, String reason) {
    public IncidentAlarm {
        if (time_ms < 0 || detector == null || road == null || lane < 0 || reason == null) {
            throw new IllegalArgumentException("incomplete alarm");
        }
    }
}
