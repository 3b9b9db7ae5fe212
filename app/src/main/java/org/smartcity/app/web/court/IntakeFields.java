package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an intake result as the confirmation page shows them: each with its page, confidence and value, and
 * whether it can be edited there (a text or number in the case file: {@code $.caseId}, {@code $.title}, {@code
 * $.evidence[E2].place}, {@code $.evidence[E4].facts.amount_cny} …). Fields intake could not read are listed with an
 * empty value; a scalar one can be filled in.
 */
final class IntakeFields {
    private static final Pattern PATH = Pattern.compile("^\\$\\.(?:evidence\\[([^\\]]+)\\]\\.)?([A-Za-z_][\\w.]*)$");

    /** One field: JSON path, page, confidence (-1 when not read), current value as text, editable or not. */
    record Row(String path, int page, double confidence, String value, boolean editable, String reason) {
        boolean unread() {
            return confidence < 0;
        }
    }

    private IntakeFields() {}

    /** Every field read and not read, in the order of the intake block. */
    static List<Row> rows(ObjectNode caseFile) {
        List<Row> out = new ArrayList<>();
        JsonNode intake = caseFile.path("intake");
        intake.path("fields").properties().forEach(e -> {
            String path = e.getKey();
            Optional<JsonNode> v = at(caseFile, path);
            boolean scalar = v.isPresent() && v.get().isValueNode();
            out.add(new Row(
                    path,
                    e.getValue().path("page").asInt(),
                    e.getValue().path("confidence").asDouble(),
                    v.map(IntakeFields::text).orElse(""),
                    scalar && parent(caseFile, path).isPresent(),
                    null));
        });
        for (JsonNode u : intake.path("unread")) {
            String path = u.path("field").asText();
            out.add(new Row(
                    path,
                    u.path("page").asInt(),
                    -1,
                    "",
                    parent(caseFile, path).isPresent() && at(caseFile, path).isEmpty() && !isListField(path),
                    u.path("reason").asText()));
        }
        return out;
    }

    /**
     * Applies the values the user confirmed ({@code path → text}) to the case file.
     *
     * @return the changes made: path → {from, to}
     */
    static Map<String, String[]> apply(ObjectNode caseFile, Map<String, String> values) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        for (Row r : rows(caseFile)) {
            String given = values.get(r.path());
            if (!r.editable() || given == null) {
                continue;
            }
            String to = given.strip();
            if (to.equals(r.value()) || (r.unread() && to.isEmpty())) {
                continue;
            }
            Optional<ObjectNode> parent = parent(caseFile, r.path());
            if (parent.isEmpty()) {
                continue;
            }
            String key = lastKey(r.path());
            JsonNode old = parent.get().get(key);
            if (to.isEmpty()) {
                parent.get().remove(key);
            } else if (old != null && old.isNumber()) {
                try {
                    parent.get().put(key, Double.parseDouble(to));
                } catch (NumberFormatException e) {
                    continue;
                }
            } else if (old != null && old.isBoolean()) {
                parent.get().put(key, Boolean.parseBoolean(to));
            } else {
                parent.get().put(key, to);
            }
            changes.put(r.path(), new String[] {r.value(), to});
        }
        return changes;
    }

    private static boolean isListField(String path) {
        return path.endsWith(".signedBy") || path.endsWith(".collectedBy") || path.endsWith(".present");
    }

    private static String text(JsonNode v) {
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isObject() && v.has("start")) {
            return v.path("start").asText() + " – " + v.path("end").asText("");
        }
        return v.toString();
    }

    private static Optional<JsonNode> at(ObjectNode caseFile, String path) {
        return parent(caseFile, path).map(p -> p.get(lastKey(path)));
    }

    /** The object holding the field at {@code path}, or empty when the path is not of the editable forms. */
    private static Optional<ObjectNode> parent(ObjectNode caseFile, String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        JsonNode node = caseFile;
        if (m.group(1) != null) {
            node = null;
            for (JsonNode e : caseFile.path("evidence")) {
                if (e.path("id").asText().equals(m.group(1))) {
                    node = e;
                }
            }
            if (node == null) {
                return Optional.empty();
            }
        }
        String[] keys = m.group(2).split("\\.");
        for (int i = 0; i < keys.length - 1; i++) {
            node = node.path(keys[i]);
        }
        return node instanceof ObjectNode o && !"intake".equals(keys[0]) ? Optional.of(o) : Optional.empty();
    }

    private static String lastKey(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
