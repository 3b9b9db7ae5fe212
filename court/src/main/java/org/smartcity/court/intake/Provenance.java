package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each field of the intake came from: its page and confidence (0..1), and the fields that could not be read,
 * with the reason. Written as the {@code intake} block of the case file.
 */
public final class Provenance {
    /** The page and confidence of a field. */
    public record Source(int page, double confidence) {}

    /** A field that could not be read. */
    public record Unread(String field, int page, String reason) {}

    private final Map<String, Source> fields = new LinkedHashMap<>();
    private final List<Unread> unread = new ArrayList<>();

    /** Records that {@code field} (a JSON path such as {@code $.evidence[E4].time}) was read from a line. */
    public void read(String field, IntakeLine line, double factor) {
        fields.put(field, new Source(line.page(), round(line.confidence() * factor)));
    }

    /** Records a field read on a page with a confidence. */
    public void read(String field, int page, double confidence) {
        fields.put(field, new Source(page, round(confidence)));
    }

    /** Flags a field that could not be read (left out of the case file). */
    public void unread(String field, int page, String reason) {
        unread.add(new Unread(field, page, reason));
    }

    public Map<String, Source> fields() {
        return fields;
    }

    public List<Unread> unreadFields() {
        return unread;
    }

    /** The fields as JSON: {@code {"$.caseId": {"page": 1, "confidence": 1.0}, …}}. */
    public ObjectNode fieldsJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fields.forEach((k, v) -> o.putObject(k).put("page", v.page()).put("confidence", v.confidence()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
