package org.smartcity.court.casefile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads case files of format version 1.
 *
 * <p>Contract: a document that is not JSON, not an object, of another format version or without a case id is
 * refused with a {@link CaseFileException} naming file, JSON path and reason. Anything else that is wrong (an
 * evidence entry without id, a time that is not ISO-8601, an unknown kind) is reported as a {@link ReadProblem}
 * and the rest of the case is read: a bad entry of {@code persons} or {@code evidence} is left out of the model,
 * a bad field is left out of its object. Unknown fields, unreadable fields and left-out entries are kept verbatim
 * so that {@link CaseFileWriter} writes them back. Never throws anything else for any input bytes.
 *
 * <p>Thread-safe and reusable.
 */
public final class CaseFileReader {
    private static final int MAX_DOCUMENT_CHARS = 50_000_000;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    public CaseFileReader() {
        json.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(200)
                        .maxStringLength(MAX_DOCUMENT_CHARS)
                        .build());
    }

    /** Reads a file; its file name is used in messages. */
    public ReadResult read(Path file) throws CaseFileException {
        String source = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new CaseFileException(source, "$", "cannot read the file: " + e.getMessage());
        }
        return read(source, bytes);
    }

    /** Reads a document held in memory; {@code source} names it in messages. */
    public ReadResult read(String source, byte[] document) throws CaseFileException {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (JacksonException e) {
            String detail = e.getOriginalMessage();
            int noise = detail.indexOf(" (start marker");
            throw new CaseFileException(
                    source,
                    "$",
                    "not valid JSON" + where(e) + ": " + (noise > 0 ? detail.substring(0, noise) : detail));
        } catch (IOException | RuntimeException e) {
            throw new CaseFileException(source, "$", "not valid JSON: " + e.getMessage());
        }
        return read(source, root);
    }

    /** Reads a document already parsed into a tree. The tree is not modified. */
    public ReadResult read(String source, JsonNode root) throws CaseFileException {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new CaseFileException(source, "$", "a case file must be a JSON object");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw new CaseFileException(source, "$.formatVersion", "required field is missing (expected 1)");
        }
        if (!version.isIntegralNumber() || version.asLong() != CaseFile.FORMAT_VERSION) {
            throw new CaseFileException(source, "$.formatVersion", "unsupported format version " + version);
        }
        JsonNode caseId = root.get("caseId");
        if (caseId == null || !caseId.isTextual() || caseId.asText().isBlank()) {
            throw new CaseFileException(source, "$.caseId", "required: a non-blank string");
        }
        Problems problems = new Problems();
        CaseFile.Builder b = CaseFile.builder(caseId.asText());
        for (Map.Entry<String, JsonNode> f : root.properties()) {
            String path = "$." + f.getKey();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "formatVersion", "caseId" -> {}
                case "title" -> text(v, path, problems, b::title, b::extra, f.getKey());
                case "charges" -> readCharges(v, path, problems, b);
                case "stage" -> {
                    if (v.isTextual() && Stage.fromCode(v.asText()).isPresent()) {
                        b.stage(Stage.fromCode(v.asText()).orElseThrow());
                    } else {
                        problems.add(path, "expected investigation, prosecution or trial, got " + brief(v));
                        b.extra(f.getKey(), v);
                    }
                }
                case "registeredAt" -> {
                    TimeSpan t = time(v, path, problems);
                    if (t == null) {
                        b.extra(f.getKey(), v);
                    } else {
                        b.registeredAt(t);
                    }
                }
                case "offence" -> {
                    if (v.isObject()) {
                        b.offence(readOffence(v, path, problems));
                    } else {
                        problems.add(path, "expected an object, got " + brief(v));
                        b.extra(f.getKey(), v);
                    }
                }
                case "persons" -> readPersons(v, path, problems, b);
                case "evidence" -> readEvidence(v, path, problems, b);
                default -> b.extra(f.getKey(), v);
            }
        }
        if (!root.has("charges")) {
            problems.add("$.charges", "required field is missing (at least one charge code)");
        }
        return new ReadResult(source, b.build(), problems.list);
    }

    private static void readCharges(JsonNode v, String path, Problems problems, CaseFile.Builder b) {
        if (!v.isArray()) {
            problems.add(path, "expected an array of charge codes, got " + brief(v));
            b.extra("charges", v);
            return;
        }
        if (v.isEmpty()) {
            problems.add(path, "at least one charge code is required");
        }
        boolean bad = false;
        for (int i = 0; i < v.size(); i++) {
            JsonNode c = v.get(i);
            if (c.isTextual() && !c.asText().isBlank()) {
                b.charge(c.asText());
            } else {
                problems.add(path + "[" + i + "]", "expected a charge code string, got " + brief(c));
                bad = true;
            }
        }
        if (bad) {
            b.extra("charges", v);
        }
    }

    private static Offence readOffence(JsonNode node, String base, Problems problems) {
        Offence.Builder b = Offence.builder();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String name = f.getKey();
            String path = base + "." + name;
            JsonNode v = f.getValue();
            switch (name) {
                case "time" -> {
                    TimeSpan t = time(v, path, problems);
                    if (t == null) {
                        b.extra(name, v);
                    } else {
                        b.time(t);
                    }
                }
                case "place" -> text(v, path, problems, b::place, b::extra, name);
                case "text" -> text(v, path, problems, b::text, b::extra, name);
                case "amount_cny" -> number(v, path, problems, b::amount_cny, b::extra, name);
                case "bloodAlcohol_mg100ml" -> number(v, path, problems, b::bloodAlcohol_mg100ml, b::extra, name);
                case "drugWeight_g" -> number(v, path, problems, b::drugWeight_g, b::extra, name);
                case "injuryGrade" -> {
                    if (v.isTextual() && InjuryGrade.fromCode(v.asText()).isPresent()) {
                        b.injuryGrade(InjuryGrade.fromCode(v.asText()).orElseThrow());
                    } else {
                        problems.add(path, "expected minor, light, serious or death, got " + brief(v));
                        b.extra(name, v);
                    }
                }
                default -> b.extra(name, v);
            }
        }
        return b.build();
    }

    private static void readPersons(JsonNode v, String path, Problems problems, CaseFile.Builder b) {
        readEntries(
                v,
                path,
                "persons",
                problems,
                b,
                (id, node, at) -> b.person(readPerson(id, node, at, problems)),
                b::rejectedPerson);
    }

    /** An entry of {@code persons} or {@code evidence} with a valid, unique id. */
    @FunctionalInterface
    private interface EntryReader {
        void read(String id, JsonNode node, String path);
    }

    /**
     * Reads an array of entries that each carry a unique {@code id}: entries without a usable id are
     * reported and kept verbatim through {@code rejected}; a non-array is reported and kept as an extra.
     */
    private static void readEntries(
            JsonNode v,
            String path,
            String field,
            Problems problems,
            CaseFile.Builder b,
            EntryReader entry,
            java.util.function.Consumer<JsonNode> rejected) {
        if (!v.isArray()) {
            problems.add(
                    path,
                    "expected an array of " + (field.equals("persons") ? "persons" : "evidence items") + ", got "
                            + brief(v));
            b.extra(field, v);
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode node = v.get(i);
            String at = path + "[" + i + "]";
            String id = idOf(node, at, problems, ids);
            if (id == null) {
                rejected.accept(node);
            } else {
                entry.read(id, node, at);
            }
        }
    }

    private static Person readPerson(String id, JsonNode node, String base, Problems problems) {
        Person.Builder b = Person.builder(id);
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String name = f.getKey();
            String path = base + "." + name;
            JsonNode v = f.getValue();
            switch (name) {
                case "id" -> {}
                case "role" -> {
                    if (v.isTextual() && PersonRole.fromCode(v.asText()).isPresent()) {
                        b.role(PersonRole.fromCode(v.asText()).orElseThrow());
                    } else {
                        problems.add(path, "unknown role " + brief(v));
                        b.extra(name, v);
                    }
                }
                case "name" -> text(v, path, problems, b::name, b::extra, name);
                case "gender" -> text(v, path, problems, b::gender, b::extra, name);
                case "idNumber" -> text(v, path, problems, b::idNumber, b::extra, name);
                case "organisation" -> text(v, path, problems, b::organisation, b::extra, name);
                case "qualification" -> text(v, path, problems, b::qualification, b::extra, name);
                case "birthDate" -> {
                    LocalDate d = null;
                    if (v.isTextual()) {
                        try {
                            d = LocalDate.parse(v.asText());
                        } catch (DateTimeParseException e) {
                            d = null;
                        }
                    }
                    if (d == null) {
                        problems.add(path, "expected an ISO-8601 date such as 1994-02-18, got " + brief(v));
                        b.extra(name, v);
                    } else {
                        b.birthDate(d);
                    }
                }
                default -> b.extra(name, v);
            }
        }
        return b.build();
    }

    private static void readEvidence(JsonNode v, String path, Problems problems, CaseFile.Builder b) {
        readEntries(
                v,
                path,
                "evidence",
                problems,
                b,
                (id, node, at) -> b.item(readItem(id, node, at, problems)),
                b::rejectedItem);
    }

    private static EvidenceItem readItem(String id, JsonNode node, String base, Problems problems) {
        EvidenceItem.Builder b = EvidenceItem.builder(id);
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String name = f.getKey();
            String path = base + "." + name;
            JsonNode v = f.getValue();
            switch (name) {
                case "id" -> {}
                case "category" -> {
                    if (v.isTextual() && EvidenceCategory.fromCode(v.asText()).isPresent()) {
                        b.category(EvidenceCategory.fromCode(v.asText()).orElseThrow());
                    } else {
                        problems.add(path, "unknown category " + brief(v));
                        b.extra(name, v);
                    }
                }
                case "kind" -> {
                    if (v.isTextual() && EvidenceKind.fromCode(v.asText()).isPresent()) {
                        b.kind(EvidenceKind.fromCode(v.asText()).orElseThrow());
                    } else {
                        problems.add(path, "unknown kind " + brief(v) + "; the item is checked only as a generic item");
                        b.extra(name, v);
                    }
                }
                case "title" -> text(v, path, problems, b::title, b::extra, name);
                case "place" -> text(v, path, problems, b::place, b::extra, name);
                case "subject" -> text(v, path, problems, b::subject, b::extra, name);
                case "text" -> text(v, path, problems, b::text, b::extra, name);
                case "time" -> {
                    TimeSpan t = time(v, path, problems);
                    if (t == null) {
                        b.extra(name, v);
                    } else {
                        b.time(t);
                    }
                }
                case "collectedBy" -> ids(v, path, problems, b::collectedBy, b::extra, name);
                case "signedBy" -> ids(v, path, problems, b::signedBy, b::extra, name);
                case "present" -> ids(v, path, problems, b::present, b::extra, name);
                case "refersTo" -> ids(v, path, problems, b::refersTo, b::extra, name);
                case "recording" -> {
                    if (v.isBoolean()) {
                        b.recording(v.asBoolean());
                    } else {
                        problems.add(path, "expected true or false, got " + brief(v));
                        b.extra(name, v);
                    }
                }
                case "facts" -> {
                    if (v.isObject()) {
                        b.facts(readFacts(v, path, problems));
                    } else {
                        problems.add(path, "expected an object, got " + brief(v));
                        b.extra(name, v);
                    }
                }
                default -> b.extra(name, v);
            }
        }
        return b.build();
    }

    private static Facts readFacts(JsonNode node, String base, Problems problems) {
        Facts.Builder b = Facts.builder();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String name = f.getKey();
            String path = base + "." + name;
            JsonNode v = f.getValue();
            switch (name) {
                case "time" -> {
                    TimeSpan t = time(v, path, problems);
                    if (t == null) {
                        b.extra(name, v);
                    } else {
                        b.time(t);
                    }
                }
                case "place" -> text(v, path, problems, b::place, b::extra, name);
                case "identifiedPerson" -> text(v, path, problems, b::identifiedPerson, b::extra, name);
                case "amount_cny" -> number(v, path, problems, b::amount_cny, b::extra, name);
                case "bloodAlcohol_mg100ml" -> number(v, path, problems, b::bloodAlcohol_mg100ml, b::extra, name);
                case "drugWeight_g" -> number(v, path, problems, b::drugWeight_g, b::extra, name);
                case "lineupSize" -> {
                    if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0) {
                        b.lineupSize(v.asInt());
                    } else {
                        problems.add(path, "expected a non-negative whole number, got " + brief(v));
                        b.extra(name, v);
                    }
                }
                case "injuryGrade" -> {
                    if (v.isTextual() && InjuryGrade.fromCode(v.asText()).isPresent()) {
                        b.injuryGrade(InjuryGrade.fromCode(v.asText()).orElseThrow());
                    } else {
                        problems.add(path, "expected minor, light, serious or death, got " + brief(v));
                        b.extra(name, v);
                    }
                }
                case "items" -> ids(v, path, problems, b::items, b::extra, name);
                default -> b.extra(name, v);
            }
        }
        return b.build();
    }

    private static String idOf(JsonNode entry, String at, Problems problems, Set<String> seen) {
        if (!entry.isObject()) {
            problems.add(at, "expected an object, got " + brief(entry) + "; entry skipped");
            return null;
        }
        JsonNode id = entry.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            problems.add(at + ".id", "required: a non-blank string; entry skipped");
            return null;
        }
        if (!seen.add(id.asText())) {
            problems.add(at + ".id", "duplicate id '" + id.asText() + "'; entry skipped");
            return null;
        }
        return id.asText();
    }

    /** Parses a date-time string or a {@code {start, end}} object; null (with a problem) when it cannot. */
    static TimeSpan time(JsonNode v, String path, Problems problems) {
        try {
            if (v.isTextual()) {
                return TimeSpan.parse(v.asText(), null, false);
            }
            if (v.isObject()) {
                JsonNode s = v.get("start");
                JsonNode e = v.get("end");
                if (s == null || !s.isTextual()) {
                    problems.add(path + ".start", "an interval needs a start date-time");
                    return null;
                }
                if (e != null && !e.isTextual() && !e.isNull()) {
                    problems.add(path + ".end", "expected a date-time string, got " + brief(e));
                    return null;
                }
                for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
                    String n = names.next();
                    if (!n.equals("start") && !n.equals("end")) {
                        problems.add(path + "." + n, "an interval has only start and end");
                        return null;
                    }
                }
                return TimeSpan.parse(s.asText(), e == null || e.isNull() ? null : e.asText(), true);
            }
            problems.add(path, "expected a date-time string or {start, end}, got " + brief(v));
            return null;
        } catch (DateTimeParseException ex) {
            problems.add(
                    path,
                    "not an ISO-8601 date-time with offset (e.g. 2024-03-09T21:40:00+08:00): '" + ex.getParsedString()
                            + "'");
            return null;
        }
    }

    private static void text(
            JsonNode v,
            String path,
            Problems problems,
            java.util.function.Consumer<String> ok,
            BiConsumer<String, JsonNode> keep,
            String name) {
        if (v.isTextual()) {
            ok.accept(v.asText());
        } else if (v.isNull()) {
            keep.accept(name, v);
        } else {
            problems.add(path, "expected a string, got " + brief(v));
            keep.accept(name, v);
        }
    }

    private static void number(
            JsonNode v,
            String path,
            Problems problems,
            java.util.function.Consumer<BigDecimal> ok,
            BiConsumer<String, JsonNode> keep,
            String name) {
        boolean finite = v.isNumber() && !(v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue()));
        if (finite && v.decimalValue().signum() >= 0) {
            ok.accept(v.decimalValue());
        } else if (v.isNull()) {
            keep.accept(name, v);
        } else if (v.isNumber() && !finite) {
            problems.add(path, "expected a non-negative number, got a number out of range");
        } else {
            problems.add(path, "expected a non-negative number, got " + brief(v));
            keep.accept(name, v);
        }
    }

    private static void ids(
            JsonNode v,
            String path,
            Problems problems,
            java.util.function.Consumer<List<String>> ok,
            BiConsumer<String, JsonNode> keep,
            String name) {
        if (!v.isArray()) {
            problems.add(path, "expected an array of strings, got " + brief(v));
            keep.accept(name, v);
            return;
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                problems.add(path + "[" + i + "]", "expected a string, got " + brief(e));
                keep.accept(name, v);
                return;
            }
            out.add(e.asText());
        }
        ok.accept(out);
    }

    private static String where(JacksonException e) {
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** A short rendering of a JSON value for messages. */
    static String brief(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        String s = v.isTextual()
                ? "'" + v.asText() + "'"
                : v.isContainerNode() ? v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** Collects problems in document order. */
    static final class Problems {
        final List<ReadProblem> list = new ArrayList<>();

        void add(String path, String reason) {
            list.add(new ReadProblem(path, reason));
        }
    }
}
