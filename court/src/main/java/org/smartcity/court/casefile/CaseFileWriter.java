package org.smartcity.court.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes case files in format version 1: the known fields in the order of the specification, then every field
 * kept verbatim by the reader (unknown or unreadable), then the unreadable entries of {@code persons} and
 * {@code evidence} at the end of their arrays. Reading what this writes gives an equal model. Thread-safe.
 */
public final class CaseFileWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The case as a JSON tree. */
    public ObjectNode toJson(CaseFile c) {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", CaseFile.FORMAT_VERSION);
        root.put("caseId", c.caseId());
        c.title().ifPresent(t -> root.put("title", t));
        if (!c.charges().isEmpty()) {
            ArrayNode charges = root.putArray("charges");
            c.charges().forEach(charges::add);
        }
        c.stage().ifPresent(s -> root.put("stage", s.code()));
        c.registeredAt().ifPresent(t -> root.set("registeredAt", time(t)));
        if (c.hasOffence()) {
            root.set("offence", offence(c.offence()));
        }
        if (!c.persons().isEmpty() || !c.rejectedPersons().isEmpty()) {
            ArrayNode persons = root.putArray("persons");
            c.persons().forEach(p -> persons.add(person(p)));
            c.rejectedPersons().forEach(raw -> persons.add(raw.deepCopy()));
        }
        if (!c.evidence().isEmpty() || !c.rejectedEvidence().isEmpty()) {
            ArrayNode evidence = root.putArray("evidence");
            c.evidence().forEach(e -> evidence.add(item(e)));
            c.rejectedEvidence().forEach(raw -> evidence.add(raw.deepCopy()));
        }
        extras(root, c.extras());
        return root;
    }

    /** The case as indented UTF-8 JSON text. */
    public String toText(CaseFile c) {
        try {
            return json.writeValueAsString(toJson(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Writes the case to a file (UTF-8), replacing it. */
    public void write(CaseFile c, Path file) {
        try {
            Files.writeString(file, toText(c), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode offence(Offence o) {
        ObjectNode n = NODES.objectNode();
        o.time().ifPresent(t -> n.set("time", time(t)));
        o.place().ifPresent(p -> n.put("place", p));
        o.amount_cny().ifPresent(v -> n.set("amount_cny", number(v)));
        o.bloodAlcohol_mg100ml().ifPresent(v -> n.set("bloodAlcohol_mg100ml", number(v)));
        o.injuryGrade().ifPresent(g -> n.put("injuryGrade", g.code()));
        o.drugWeight_g().ifPresent(v -> n.set("drugWeight_g", number(v)));
        if (o.hasText()) {
            n.put("text", o.text());
        }
        extras(n, o.extras());
        return n;
    }

    private static ObjectNode person(Person p) {
        ObjectNode n = NODES.objectNode();
        n.put("id", p.id());
        p.role().ifPresent(r -> n.put("role", r.code()));
        p.name().ifPresent(v -> n.put("name", v));
        p.gender().ifPresent(v -> n.put("gender", v));
        p.birthDate().ifPresent(v -> n.put("birthDate", v.toString()));
        p.idNumber().ifPresent(v -> n.put("idNumber", v));
        p.organisation().ifPresent(v -> n.put("organisation", v));
        // qualification() hides blank values; write what was read
        if (p.qualification().isPresent()) {
            n.put("qualification", p.qualification().orElseThrow());
        }
        extras(n, p.extras());
        return n;
    }

    private static ObjectNode item(EvidenceItem e) {
        ObjectNode n = NODES.objectNode();
        n.put("id", e.id());
        e.category().ifPresent(v -> n.put("category", v.code()));
        e.kind().ifPresent(v -> n.put("kind", v.code()));
        e.title().ifPresent(v -> n.put("title", v));
        e.time().ifPresent(t -> n.set("time", time(t)));
        e.place().ifPresent(v -> n.put("place", v));
        e.subject().ifPresent(v -> n.put("subject", v));
        if (e.hasCollectedBy()) {
            n.set("collectedBy", strings(e.collectedBy()));
        }
        if (e.hasSignedBy()) {
            n.set("signedBy", strings(e.signedBy()));
        }
        if (e.hasPresent()) {
            n.set("present", strings(e.present()));
        }
        if (e.recordingField() != null) {
            n.put("recording", e.recordingField());
        }
        if (e.hasRefersTo()) {
            n.set("refersTo", strings(e.refersTo()));
        }
        if (e.hasFacts()) {
            n.set("facts", facts(e.facts()));
        }
        if (e.hasText()) {
            n.put("text", e.text());
        }
        extras(n, e.extras());
        return n;
    }

    private static ObjectNode facts(Facts f) {
        ObjectNode n = NODES.objectNode();
        f.time().ifPresent(t -> n.set("time", time(t)));
        f.place().ifPresent(v -> n.put("place", v));
        f.amount_cny().ifPresent(v -> n.set("amount_cny", number(v)));
        f.bloodAlcohol_mg100ml().ifPresent(v -> n.set("bloodAlcohol_mg100ml", number(v)));
        f.injuryGrade().ifPresent(g -> n.put("injuryGrade", g.code()));
        f.drugWeight_g().ifPresent(v -> n.set("drugWeight_g", number(v)));
        f.identifiedPerson().ifPresent(v -> n.put("identifiedPerson", v));
        f.lineupSize().ifPresent(v -> n.put("lineupSize", v));
        f.items().ifPresent(v -> n.set("items", strings(v)));
        extras(n, f.extras());
        return n;
    }

    private static JsonNode time(TimeSpan t) {
        if (!t.isInterval()) {
            return NODES.textNode(t.startText());
        }
        ObjectNode n = NODES.objectNode();
        n.put("start", t.startText());
        t.endText().ifPresent(e -> n.put("end", e));
        return n;
    }

    private static JsonNode number(BigDecimal v) {
        if (v.signum() == 0 || v.stripTrailingZeros().scale() <= 0) {
            try {
                long l = v.longValueExact();
                return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
            } catch (ArithmeticException e) {
                return NODES.numberNode(v.doubleValue());
            }
        }
        return NODES.numberNode(v.doubleValue());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = NODES.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static void extras(ObjectNode n, Map<String, JsonNode> extras) {
        extras.forEach((k, v) -> n.set(k, v.deepCopy()));
    }
}
