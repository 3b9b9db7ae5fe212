package org.smartcity.traffic.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Reads and writes {@link DetectorRecord}s as single-line JSON (one record per line of a JSON Lines
 * file or socket). Unknown fields, unknown types and impossible values are rejected with a one-line
 * reason. Thread-safe.
 */
public final class DetectorRecordJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ObjectReader READER = MAPPER.readerFor(DetectorRecord.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(DetectorRecord.class);

    private DetectorRecordJson() {}

    /** One line of JSON, without a line break. */
    public static String write(DetectorRecord record) {
        try {
            return WRITER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a detector record: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses one line.
     *
     * @throws InvalidRecordException naming the field and reason when the line is not a valid record
     */
    public static DetectorRecord read(String line) throws InvalidRecordException {
        if (line == null || line.isBlank()) {
            throw new InvalidRecordException("empty line");
        }
        try {
            return READER.readValue(line);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InvalidRecordException(cause.getMessage());
        } catch (InvalidTypeIdException e) {
            throw new InvalidRecordException(
                    "type must be loop, vehicle or passage, got " + (e.getTypeId() == null ? "none" : e.getTypeId()));
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new InvalidRecordException("not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidRecordException("unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                            && !m.getPath().isEmpty()
                    ? "field '" + m.getPath().get(m.getPath().size() - 1).getFieldName() + "': "
                    : "";
            throw new InvalidRecordException(field + firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
