package org.smartcity.traffic.detect;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One message from roadside equipment, as one JSON object per line with a {@code "type"} field:
 * {@code "loop"} ({@link LoopRecord}), {@code "vehicle"} ({@link VehicleObservation}) or
 * {@code "passage"} ({@link PassageRecord}). The schema is in docs/streams.md. Every record names the
 * road (the network's road id) and the lane on it (0 = leftmost) it was measured on, and carries its
 * event time in milliseconds (simulated seconds × 1000 for records from the simulator, Unix epoch
 * milliseconds for real equipment). Implementations are immutable and validated on construction.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LoopRecord.class, name = "loop"),
    @JsonSubTypes.Type(value = VehicleObservation.class, name = "vehicle"),
    @JsonSubTypes.Type(value = PassageRecord.class, name = "passage")
})
public sealed interface DetectorRecord permits LoopRecord, VehicleObservation, PassageRecord {
    /** Event time, ms. */
    long time_ms();

    /** Road id. */
    String road();

    /** Lane index on the road, 0 = leftmost. */
    int lane();

    /** Checks the common fields; messages are built only on failure (records are made per event). */
    static void requireCommon(long time_ms, String road, int lane) {
        if (time_ms < 0) {
            throw new IllegalArgumentException("time_ms must be ≥ 0, got " + time_ms);
        }
        if (road == null || road.isBlank()) {
            throw new IllegalArgumentException("road is missing");
        }
        if (lane < 0) {
            throw new IllegalArgumentException("lane must be ≥ 0, got " + lane);
        }
    }
}
