package org.smartcity.stream.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON for the job's outputs: one line per value. Thread-safe. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** One line of JSON for a record or other Jackson-serialisable value. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code {"k1": "v1", "k2": "v2"}} with string values. */
    public static String object(String k1, String v1, String k2, String v2) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put(k1, v1);
        o.put(k2, v2);
        return o.toString();
    }

    /** {@code {"late": stage, "record": <record as JSON>}}. */
    public static String late(String stage, Object record) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("late", stage);
        o.set("record", MAPPER.valueToTree(record));
        return o.toString();
    }
}
