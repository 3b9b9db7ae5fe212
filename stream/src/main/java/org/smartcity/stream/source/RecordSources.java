package org.smartcity.stream.source;

import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

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

    /**
     * Lines from a Kafka topic (unbounded), each message one JSON record, read from the earliest offset
     * the consumer group has not committed. Produce with the camera or road id as message key so that
     * one camera's records stay in one partition, in order.
     */
    public static DataStream<String> kafka(
            StreamExecutionEnvironment env, String bootstrap, String topic, String group) {
        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers(bootstrap)
                .setTopics(topic)
                .setGroupId(group)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "detector topic " + topic);
    }

    /** Lines from a TCP socket (unbounded until the sender closes it); one reader. */
    public static DataStream<String> socket(StreamExecutionEnvironment env, String host, int port) {
        return env.socketTextStream(host, port).name("detector socket");
    }
}
