package org.smartcity.court.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartcity.court.casefile.ReadProblem;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.Language;

/**
 * The review output of the specification: {@code caseId}, {@code standardVersion} and {@code findings} (each with
 * kind, severity, evidence, persons, missingKind, message, basis, rule), extended compatibly with {@code cites}
 * on findings that have them and {@code problems} ({@code path}, {@code reason}) when something could not be read.
 * Thread-safe.
 */
public final class ReviewJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper compact = new ObjectMapper();

    /** The review as a JSON tree, messages in {@code language}. */
    public ObjectNode toJson(Review r, Language language) {
        ObjectNode root = NODES.objectNode();
        root.put("caseId", r.caseId());
        root.put("standardVersion", r.standardVersion());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("kind", f.kind().code());
            n.put("severity", f.severity().code());
            ArrayNode ev = n.putArray("evidence");
            f.evidence().forEach(ev::add);
            ArrayNode persons = n.putArray("persons");
            f.persons().forEach(persons::add);
            if (f.missingKind().isPresent()) {
                n.put("missingKind", f.missingKind().get());
            } else {
                n.putNull("missingKind");
            }
            n.put("message", f.message(language));
            n.put("basis", f.basis());
            n.put("rule", f.rule());
            if (!f.cites().isEmpty()) {
                ArrayNode cites = n.putArray("cites");
                f.cites().forEach(cites::add);
            }
        }
        if (!r.problems().isEmpty()) {
            ArrayNode problems = root.putArray("problems");
            for (ReadProblem p : r.problems()) {
                problems.addObject().put("path", p.path()).put("reason", p.reason());
            }
        }
        return root;
    }

    /** Indented JSON, messages in the case's language. */
    public String toText(Review r) {
        return write(pretty, toJson(r, r.language()));
    }

    /** One line of JSON (for several reviews, one per line). */
    public String toLine(Review r, Language language) {
        return write(compact, toJson(r, language));
    }

    /** Indented JSON in the given language. */
    public String toText(Review r, Language language) {
        return write(pretty, toJson(r, language));
    }

    private static String write(ObjectMapper m, ObjectNode n) {
        try {
            return m.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
