package org.smartcity.court.quality;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expected findings of a corpus folder, read strictly from its {@code expected.json}: an object mapping each
 * case file name to a list of {@code {kind, evidence, missingKind}} (the format of the specification's
 * {@code examples/expected.json}). Immutable once read.
 */
public final class ExpectedFindings {
    /** The file every corpus folder holds. */
    public static final String FILE_NAME = "expected.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Set<FindingKey>> byFile;

    private ExpectedFindings(Map<String, Set<FindingKey>> byFile) {
        this.byFile = byFile;
    }

    /**
     * Reads {@code folder/expected.json}.
     *
     * @throws CorpusException naming the file, the JSON path and the reason when it is absent or malformed
     */
    public static ExpectedFindings read(Path folder) throws CorpusException {
        Path file = folder.resolve(FILE_NAME);
        String name = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JacksonException e) {
            throw new CorpusException(name, "$", "not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CorpusException(name, "$", "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CorpusException(name, "$", "not an object of file name to findings");
        }
        Map<String, Set<FindingKey>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String at = "$['" + e.getKey() + "']";
            if (!e.getValue().isArray()) {
                throw new CorpusException(name, at, "not a list of findings");
            }
            Set<FindingKey> keys = new TreeSet<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                keys.add(key(name, at + "[" + i + "]", e.getValue().get(i)));
            }
            out.put(e.getKey(), Set.copyOf(keys));
        }
        return new ExpectedFindings(out);
    }

    private static FindingKey key(String file, String at, JsonNode f) throws CorpusException {
        if (!f.isObject()) {
            throw new CorpusException(file, at, "not an object");
        }
        JsonNode kind = f.get("kind");
        if (kind == null || !kind.isTextual() || kind.asText().isBlank()) {
            throw new CorpusException(file, at + ".kind", "missing or not a string");
        }
        JsonNode evidence = f.get("evidence");
        if (evidence == null || !evidence.isArray()) {
            throw new CorpusException(file, at + ".evidence", "missing or not a list of evidence ids");
        }
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < evidence.size(); j++) {
            if (!evidence.get(j).isTextual()) {
                throw new CorpusException(file, at + ".evidence[" + j + "]", "not a string");
            }
            ids.add(evidence.get(j).asText());
        }
        JsonNode missing = f.get("missingKind");
        if (missing != null && !missing.isNull() && !missing.isTextual()) {
            throw new CorpusException(file, at + ".missingKind", "neither null nor a string");
        }
        return new FindingKey(kind.asText(), ids, missing == null || missing.isNull() ? null : missing.asText());
    }

    /** The case file names, in the order of the file. */
    public Set<String> files() {
        return byFile.keySet();
    }

    /** The expected findings of one file, or empty when the file has no entry. */
    public Set<FindingKey> of(String file) {
        return byFile.getOrDefault(file, Set.of());
    }

    /** True when the file has an entry (possibly an empty list). */
    public boolean lists(String file) {
        return byFile.containsKey(file);
    }
}
