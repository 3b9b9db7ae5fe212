package org.smartcity.stream.source;

import java.io.Serializable;
import java.util.Objects;
import org.smartcity.traffic.detect.DetectorRecord;

/**
 * Which Kafka topic the job reads and how. Each message value is one detector record as a JSON line
 * (docs/streams.md). The job does not read keys, but producers must key messages with
 * {@link #messageKey}, so that one road's records stay in one partition, in order. Immutable.
 *
 * @param bootstrapServers {@code host:port[,host:port…]} of one or more brokers
 * @param topic the topic name
 * @param group the consumer group id; offsets are committed under it at checkpoints
 * @param start where reading begins
 * @param stopAtEnd read only up to the partitions' end offsets found when the job starts, then finish
 *     (a replay of the topic's history); otherwise the job runs until it is cancelled
 */
public record KafkaTopic(String bootstrapServers, String topic, String group, KafkaStart start, boolean stopAtEnd)
        implements Serializable {
    public KafkaTopic {
        Objects.requireNonNull(start, "start");
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are missing");
        }
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic is missing");
        }
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("consumer group is missing");
        }
    }

    /**
     * The message key for a record: its road. The job's camera detector and its loop and camera windows
     * are keyed by road and need one road's records in source order; Kafka keeps order only within a
     * partition, and one key always goes to one partition. (A road's camera and loops then share a
     * partition.)
     */
    public static String messageKey(DetectorRecord record) {
        return record.road();
    }
}
