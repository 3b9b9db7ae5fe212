package org.smartcity.court.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a JSON object that the model does not understand (or could not read), kept verbatim so that writing
 * the file back loses nothing. Immutable: values are deep-copied in, and callers must not modify the nodes they
 * get out.
 */
final class Extras {
    private Extras() {}

    static Map<String, JsonNode> copyOf(Map<String, JsonNode> extras) {
        if (extras == null || extras.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        extras.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
