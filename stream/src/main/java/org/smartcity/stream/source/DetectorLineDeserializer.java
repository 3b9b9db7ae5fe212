package org.smartcity.stream.source;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kafka message value (UTF-8 JSON line) → {@link ParsedLine}. A message without value (a tombstone)
 * or with text that is not a record becomes a rejection, never an exception that would fail the job;
 * a blank value is skipped like a blank line of a file.
 */
final class DetectorLineDeserializer implements KafkaRecordDeserializationSchema<ParsedLine> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> message, Collector<ParsedLine> out) {
        if (message.value() == null) {
            out.collect(ParsedLine.rejected(
                    "message has no value (partition " + message.partition() + ", offset " + message.offset() + ")",
                    ""));
            return;
        }
        String line = new String(message.value(), StandardCharsets.UTF_8);
        if (!line.isBlank()) {
            out.collect(ParsedLine.parse(line));
        }
    }

    @Override
    public TypeInformation<ParsedLine> getProducedType() {
        return TypeInformation.of(ParsedLine.class);
    }
}
