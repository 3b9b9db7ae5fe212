package org.smartcity.stream.source;

/** Where the job starts reading a Kafka topic's partitions. */
public enum KafkaStart {
    /** Where the consumer group stopped (offsets committed at checkpoints); the earliest offset when it has none. */
    COMMITTED,
    /** The oldest message the topic still holds. */
    EARLIEST,
    /** Only messages that arrive after the job starts. */
    LATEST
}
