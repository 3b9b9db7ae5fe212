package org.smartcity.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the JSON object text of an audit entry's detail, keys in insertion order, values strings or numbers.
 * Mutable; not thread-safe.
 */
public final class Detail {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static Detail of() {
        return new Detail();
    }

    public Detail put(String key, String value) {
        fields.put(key, value);
        return this;
    }

    public Detail put(String key, long value) {
        fields.put(key, value);
        return this;
    }

    /** Adds {@code rawJson} as is (it must be valid JSON, e.g. from a JSON library). */
    public Detail putJson(String key, String rawJson) {
        fields.put(key, new Raw(rawJson));
        return this;
    }

    private record Raw(String json) {}

    public String json() {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, e.getKey());
            out.append(':');
            Object v = e.getValue();
            if (v == null) {
                out.append("null");
            } else if (v instanceof Long n) {
                out.append(n.longValue());
            } else if (v instanceof Raw raw) {
                out.append(raw.json());
            } else {
                quote(out, v.toString());
            }
        }
        return out.append('}').toString();
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
