package org.smartcity.stream.source;

import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Sources of detector JSON lines. For files and sockets, timestamps and watermarks are assigned after
 * parsing, by the job; a Kafka topic is parsed in the source and gets its event time per partition.
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

    /**
     * Parsed lines from a Kafka topic, each message value one JSON record. Event time is taken here, per
     * partition, with the given strategy: Flink keeps one watermark per partition and forwards their
     * minimum, so a reader that takes turns between partitions (as consumers fetch them in batches) does
     * not make the records of the partition it reads second late. Message keys are not read.
     *
     * @param eventTime watermarks and timestamps, applied to each partition separately
     */
    public static DataStream<ParsedLine> kafka(
            StreamExecutionEnvironment env, KafkaTopic topic, WatermarkStrategy<ParsedLine> eventTime) {
        OffsetsInitializer start = switch (topic.start()) {
            // no offset given for any partition: the group's committed offset, else the earliest
            // (committedOffsets(EARLIEST) does the same through a deprecated Kafka type)
            case COMMITTED -> OffsetsInitializer.offsets(Map.of());
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
        KafkaSourceBuilder<ParsedLine> builder = KafkaSource.<ParsedLine>builder()
                .setBootstrapServers(topic.bootstrapServers())
                .setTopics(topic.topic())
                .setGroupId(topic.group())
                .setStartingOffsets(start)
                .setDeserializer(new DetectorLineDeserializer());
        if (topic.stopAtEnd()) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(), eventTime, "detector topic " + topic.topic());
    }

    /** Lines from a TCP socket (unbounded until the sender closes it); one reader. */
    public static DataStream<String> socket(StreamExecutionEnvironment env, String host, int port) {
        return env.socketTextStream(host, port).name("detector socket");
    }
}
