package org.smartcity.stream.source;

import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Sources of detector JSON lines. Timestamps and watermarks are assigned after parsing, by the job.
 */
public final class RecordSources {
    private RecordSources() {}

    /** JSON Lines files or folders of them (bounded: the job ends when all are read). */
    public static DataStream<String> files(StreamExecutionEnvironment env, List<java.nio.file.Path> paths) {
        Path[] flinkPaths =
                paths.stream().map(p -> new Path(p.toAbsolutePath().toUri())).toArray(Path[]::new);
        FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(), flinkPaths)
                .build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "detector files");
    }

    /** Lines from a TCP socket (unbounded until the sender closes it); one reader. */
    public static DataStream<String> socket(StreamExecutionEnvironment env, String host, int port) {
        return env.socketTextStream(host, port).name("detector socket");
    }
}
