package org.smartcity.stream.source;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.smartcity.traffic.detect.DetectorRecord;

/**
 * Lines parsed in the source (Kafka): records go on, rejections to the {@code rejected} side output,
 * like {@link ParseRecords} does for the lines of files and sockets. Keeps each record's timestamp.
 */
public final class SplitParsedLines extends ProcessFunction<ParsedLine, DetectorRecord> {
    private final OutputTag<String> rejected;

    public SplitParsedLines(OutputTag<String> rejected) {
        this.rejected = rejected;
    }

    @Override
    public void processElement(ParsedLine line, Context ctx, Collector<DetectorRecord> out) {
        if (line.record() != null) {
            out.collect(line.record());
        } else {
            ctx.output(rejected, line.rejection());
        }
    }
}
