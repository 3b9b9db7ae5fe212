package org.smartcity.app.traffic;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.smartcity.app.cli.UserError;
import org.smartcity.stream.source.KafkaTopic;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.DetectorRecordJson;
import org.smartcity.traffic.detect.InvalidRecordException;

/**
 * Sends detector records to a Kafka topic, one JSON line per message, keyed by
 * {@link KafkaTopic#messageKey} (the road) so that the stream job gets each road's records in order. A
 * line that is not a valid record is sent without key (the job puts it in {@code rejected}, as it does
 * for files) and counted. Sends are asynchronous; {@link #close()} waits until every message is
 * acknowledged and reports the first failure. Not thread-safe.
 */
final class DetectorPublisher implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final String bootstrap;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private final AtomicLong failed = new AtomicLong();
    private long sent;
    private long unkeyed;

    private DetectorPublisher(KafkaProducer<String, String> producer, String bootstrap, String topic) {
        this.producer = producer;
        this.bootstrap = bootstrap;
        this.topic = topic;
    }

    /** Opens a producer for a topic that {@link KafkaTopics#partitions} has already found. */
    static DetectorPublisher open(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        try {
            return new DetectorPublisher(
                    new KafkaProducer<>(p, new StringSerializer(), new StringSerializer()), bootstrap, topic);
        } catch (KafkaException e) {
            throw new UserError("--kafka: cannot open a producer for " + bootstrap + ": " + e.getMessage());
        }
    }

    /** Sends one record. */
    void send(DetectorRecord record) {
        send(KafkaTopic.messageKey(record), DetectorRecordJson.write(record));
    }

    /** Sends one line as it is, keyed by its record's road; blank lines are skipped. */
    void sendLine(String line) {
        if (line.isBlank()) {
            return;
        }
        String key;
        try {
            key = KafkaTopic.messageKey(DetectorRecordJson.read(line));
        } catch (InvalidRecordException e) {
            key = null;
            unkeyed++;
        }
        send(key, line);
    }

    private void send(String key, String value) {
        if (firstFailure.get() != null) {
            throw deliveryFailure();
        }
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e);
                }
            });
        } catch (KafkaException e) {
            throw new UserError(
                    "--kafka: cannot send to topic '" + topic + "' at " + bootstrap + ": " + e.getMessage());
        }
        sent++;
    }

    /** Messages handed to the producer so far. */
    long sent() {
        return sent;
    }

    /** Lines sent without key because they are not valid records. */
    long unkeyed() {
        return unkeyed;
    }

    private UserError deliveryFailure() {
        return new UserError("--kafka: " + failed.get() + " message(s) not delivered to topic '" + topic + "' at "
                + bootstrap + ": " + firstFailure.get().getMessage());
    }

    /** Waits until all messages are acknowledged, then closes the producer. */
    @Override
    public void close() {
        try {
            producer.flush();
        } finally {
            producer.close();
        }
        if (firstFailure.get() != null) {
            throw deliveryFailure();
        }
    }
}
