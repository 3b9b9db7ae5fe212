package org.smartcity.traffic.incident;

import java.util.function.Consumer;
import org.smartcity.traffic.detect.DetectorRecord;

/**
 * An incident detection algorithm fed with detector records. Plain Java with no framework, so the same
 * instance runs in tests, in the evaluation and inside a Flink keyed operator (one instance per key,
 * held in keyed state, hence {@link java.io.Serializable}).
 *
 * <p>Contract: records of one lane arrive in event-time order (the stream job sorts them by event time
 * before the detector; records older than ones already seen for the same lane are ignored). Records
 * a detector does not use are ignored. An alarm is raised once per lane and episode; the detector
 * re-arms when the lane looks normal again. Not thread-safe.
 */
public interface IncidentDetector extends java.io.Serializable {
    /** Name used in alarms and reports, e.g. {@code loop-comparison}. */
    String name();

    /** Feeds one record; alarms it causes are passed to {@code alarms} before returning. */
    void accept(DetectorRecord record, Consumer<IncidentAlarm> alarms);

    /**
     * Whether an alarm this detector raised for the lane still stands, i.e. the lane has not looked
     * normal since (the detector has not re-armed). Used by the live dashboard to mark alarms cleared.
     * The default says false: a detector that keeps no such state reports its alarms as cleared at once.
     *
     * @param road road id
     * @param lane lane index on the road, 0 = leftmost
     */
    default boolean alarmStands(String road, int lane) {
        return false;
    }
}
