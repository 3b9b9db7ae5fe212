package org.smartcity.stream.source;

import java.io.Serializable;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.DetectorRecordJson;
import org.smartcity.traffic.detect.InvalidRecordException;

/**
 * One line of input after parsing: either a detector record or, for a line that is not a valid record,
 * its rejection {@code {"reason": …, "line": …}} for the job's {@code rejected} output. Sources that
 * parse before the job (Kafka, so that event time can be taken per partition) emit these. Immutable.
 */
public final class ParsedLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DetectorRecord record;
    private final String rejection;

    private ParsedLine(DetectorRecord record, String rejection) {
        this.record = record;
        this.rejection = rejection;
    }

    /**
     * Parses one line; never throws.
     *
     * @param line the text, may be null (a Kafka message without value) or blank
     */
    public static ParsedLine parse(String line) {
        try {
            return new ParsedLine(DetectorRecordJson.read(line), null);
        } catch (InvalidRecordException e) {
            return rejected(e.getMessage(), line == null ? "" : line);
        }
    }

    /** A line rejected for a reason found before parsing. */
    public static ParsedLine rejected(String reason, String line) {
        return new ParsedLine(null, Json.object("reason", reason, "line", line));
    }

    /** The record, or null when the line was rejected. */
    public DetectorRecord record() {
        return record;
    }

    /** The rejection as one JSON line, or null when the line is a record. */
    public String rejection() {
        return rejection;
    }

    /** Event time of the record, ms; {@link Long#MIN_VALUE} (no time) for a rejected line. */
    public long time_ms() {
        return record == null ? Long.MIN_VALUE : record.time_ms();
    }
}
