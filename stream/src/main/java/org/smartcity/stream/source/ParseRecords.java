package org.smartcity.stream.source;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.DetectorRecordJson;
import org.smartcity.traffic.detect.InvalidRecordException;

/**
 * Parses JSON lines into detector records. A line that is not a valid record is never dropped silently:
 * it goes to the {@code rejected} side output as {@code {"reason": …, "line": …}}. Blank lines are
 * skipped.
 */
public final class ParseRecords extends ProcessFunction<String, DetectorRecord> {
    private final OutputTag<String> rejected;

    public ParseRecords(OutputTag<String> rejected) {
        this.rejected = rejected;
    }

    @Override
    public void processElement(String line, Context ctx, Collector<DetectorRecord> out) {
        if (line.isBlank()) {
            return;
        }
        try {
            out.collect(DetectorRecordJson.read(line));
        } catch (InvalidRecordException e) {
            ctx.output(rejected, Json.object("reason", e.getMessage(), "line", line));
        }
    }
}
