package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The label vocabularies of intake ({@code /intake/labels.json}): which printed labels mean which field, the charge
 * and stage names, the document headings of each evidence kind. Labels are kept compact (folded, no spaces) and
 * longest first, so that {@code 被讯问人} wins over {@code 讯问人}.
 */
public final class Labels {
    /** A document kind, its default statutory category and the headings that name it. */
    public record KindRule(String kind, String category, List<String> headings) {}

    private final JsonNode root;

    private Labels(JsonNode root) {
        this.root = root;
    }

    /** The built-in vocabularies. */
    public static Labels builtIn() {
        try (InputStream in = Labels.class.getResourceAsStream("/intake/labels.json")) {
            if (in == null) {
                throw new IllegalStateException("intake/labels.json is missing from the class path");
            }
            return new Labels(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("intake/labels.json: " + e.getMessage(), e);
        }
    }

    /** The labels at a dotted path (e.g. {@code header.time}), compact, longest first; empty when absent. */
    public List<String> list(String path) {
        List<String> out = new ArrayList<>();
        JsonNode n = at(path);
        if (n != null && n.isArray()) {
            n.forEach(v -> out.add(WidthFolding.compact(v.asText())));
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    /** The groups at a dotted path (group name → its labels, longest first), in file order. */
    public Map<String, List<String>> groups(String path) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        JsonNode n = at(path);
        if (n != null && n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                out.put(key, list(path + "." + key));
            }
        }
        return out;
    }

    /** The raw regular expressions at a path (page footers). */
    public List<Pattern> patterns(String path) {
        List<Pattern> out = new ArrayList<>();
        JsonNode n = at(path);
        if (n != null) {
            n.forEach(v -> out.add(Pattern.compile(v.asText())));
        }
        return out;
    }

    /** The kinds with their headings, in file order. */
    public List<KindRule> kinds() {
        List<KindRule> out = new ArrayList<>();
        for (JsonNode k : root.path("kinds")) {
            List<String> headings = new ArrayList<>();
            k.path("headings").forEach(h -> headings.add(WidthFolding.compact(h.asText())));
            out.add(new KindRule(k.path("kind").asText(), k.path("category").asText(), headings));
        }
        return out;
    }

    /** True when {@code label} (compact) equals one of the labels at the path. */
    public boolean is(String path, String label) {
        return list(path).contains(label);
    }

    /** The group whose labels contain {@code label} exactly. */
    public Optional<String> groupOf(String path, String label) {
        for (Map.Entry<String, List<String>> e : groups(path).entrySet()) {
            if (e.getValue().contains(label)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The longest label at the path that {@code compactText} starts with. */
    public Optional<String> prefix(String path, String compactText) {
        for (String l : list(path)) {
            if (compactText.startsWith(l)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private JsonNode at(String path) {
        JsonNode n = root;
        for (String p : path.split("\\.")) {
            n = n.path(p);
        }
        return n.isMissingNode() ? null : n;
    }
}
