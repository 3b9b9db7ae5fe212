package org.smartcity.court.standard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.casefile.PersonRole;

/**
 * Reads and validates one evidence standard file (JSON, {@code "standardFormat": 1}). Strict: unknown keys,
 * unknown evidence kinds, roles and conditions are errors naming the file, the JSON path and the reason.
 * Thread-safe.
 */
public final class StandardReader {
    private static final Set<String> TOP = Set.of(
            "standardFormat",
            "charge",
            "version",
            "name",
            "law",
            "required",
            "thresholds",
            "minimumAge",
            "minimumAgeWhen",
            "recordingRequiredWhen",
            "largeDrugQuantity_g",
            "skipRules",
            "notes");
    private static final Set<String> REQUIREMENT =
            Set.of("kind", "anyOf", "subjectRole", "perSuspect", "when", "unless");
    private static final Set<String> THRESHOLD = Set.of("fact", "min", "unless");

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Parses and validates a standard; {@code source} names it in messages. */
    public EvidenceStandard read(String source, byte[] document) throws StandardException {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (JacksonException e) {
            throw new StandardException(source, "$", "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new StandardException(source, "$", "cannot read: " + e.getMessage());
        }
        return new Parse(source).standard(root);
    }

    private static final class Parse {
        private final String source;

        Parse(String source) {
            this.source = source;
        }

        EvidenceStandard standard(JsonNode root) throws StandardException {
            if (root == null || !root.isObject()) {
                throw fail("$", "a standard must be a JSON object");
            }
            onlyKeys(root, "$", TOP);
            JsonNode format = root.get("standardFormat");
            if (format == null || !format.isInt() || format.asInt() != 1) {
                throw fail("$.standardFormat", "required and must be 1");
            }
            String code = text(root, "charge", "$");
            if (!code.matches("[a-z][a-z0-9-]*")) {
                throw fail("$.charge", "a charge code is lower-case letters, digits and '-', got '" + code + "'");
            }
            String version = text(root, "version", "$");
            JsonNode name = root.get("name");
            if (name == null || !name.isObject()) {
                throw fail("$.name", "required: {\"zh\": …, \"en\": …}");
            }
            onlyKeys(name, "$.name", Set.of("zh", "en"));
            String nameZh = text(name, "zh", "$.name");
            String nameEn = text(name, "en", "$.name");
            String law = text(root, "law", "$");
            List<Requirement> required = new ArrayList<>();
            JsonNode req = array(root, "required", "$", true);
            for (int i = 0; i < req.size(); i++) {
                required.add(requirement(req.get(i), "$.required[" + i + "]"));
            }
            List<Threshold> thresholds = new ArrayList<>();
            JsonNode th = array(root, "thresholds", "$", false);
            for (int i = 0; th != null && i < th.size(); i++) {
                thresholds.add(threshold(th.get(i), "$.thresholds[" + i + "]"));
            }
            JsonNode age = root.get("minimumAge");
            if (age == null || !age.isInt() || age.asInt() < 0 || age.asInt() > 18) {
                throw fail("$.minimumAge", "required: a whole number of years from 0 to 18");
            }
            Map<Condition, Integer> ageWhen = new LinkedHashMap<>();
            JsonNode aw = root.get("minimumAgeWhen");
            if (aw != null) {
                if (!aw.isObject()) {
                    throw fail("$.minimumAgeWhen", "expected an object of condition to age");
                }
                for (Map.Entry<String, JsonNode> e : aw.properties()) {
                    String at = "$.minimumAgeWhen." + e.getKey();
                    if (!e.getValue().isInt()
                            || e.getValue().asInt() < 0
                            || e.getValue().asInt() > 18) {
                        throw fail(at, "expected a whole number of years from 0 to 18");
                    }
                    ageWhen.put(condition(e.getKey(), at), e.getValue().asInt());
                }
            }
            List<Condition> recording = new ArrayList<>();
            JsonNode rw = array(root, "recordingRequiredWhen", "$", false);
            for (int i = 0; rw != null && i < rw.size(); i++) {
                recording.add(condition(rw.get(i).asText(), "$.recordingRequiredWhen[" + i + "]"));
            }
            Map<String, BigDecimal> drugs = new LinkedHashMap<>();
            JsonNode dq = root.get("largeDrugQuantity_g");
            if (dq != null) {
                if (!dq.isObject()) {
                    throw fail("$.largeDrugQuantity_g", "expected an object of drug name to grams");
                }
                for (Map.Entry<String, JsonNode> e : dq.properties()) {
                    if (!e.getValue().isNumber() || e.getValue().decimalValue().signum() <= 0) {
                        throw fail("$.largeDrugQuantity_g." + e.getKey(), "expected a positive number of grams");
                    }
                    drugs.put(e.getKey(), e.getValue().decimalValue());
                }
            }
            Set<String> skip = new LinkedHashSet<>();
            JsonNode sr = array(root, "skipRules", "$", false);
            for (int i = 0; sr != null && i < sr.size(); i++) {
                if (!sr.get(i).isTextual()) {
                    throw fail("$.skipRules[" + i + "]", "expected a rule id");
                }
                skip.add(sr.get(i).asText());
            }
            return new EvidenceStandard(
                    code,
                    version,
                    nameZh,
                    nameEn,
                    law,
                    required,
                    thresholds,
                    age.asInt(),
                    ageWhen,
                    recording,
                    drugs,
                    skip);
        }

        private Requirement requirement(JsonNode n, String at) throws StandardException {
            if (!n.isObject()) {
                throw fail(at, "expected an object");
            }
            onlyKeys(n, at, REQUIREMENT);
            List<EvidenceKind> kinds = new ArrayList<>();
            if (n.has("kind") == n.has("anyOf")) {
                throw fail(at, "give exactly one of kind or anyOf");
            }
            if (n.has("kind")) {
                kinds.add(kind(n.get("kind"), at + ".kind"));
            } else {
                JsonNode any = n.get("anyOf");
                if (!any.isArray() || any.isEmpty()) {
                    throw fail(at + ".anyOf", "expected a non-empty array of evidence kinds");
                }
                for (int i = 0; i < any.size(); i++) {
                    kinds.add(kind(any.get(i), at + ".anyOf[" + i + "]"));
                }
            }
            Optional<PersonRole> role = Optional.empty();
            if (n.has("subjectRole")) {
                JsonNode r = n.get("subjectRole");
                role = PersonRole.fromCode(r.asText());
                if (!r.isTextual() || role.isEmpty()) {
                    throw fail(at + ".subjectRole", "unknown role " + r);
                }
            }
            boolean perSuspect = false;
            if (n.has("perSuspect")) {
                if (!n.get("perSuspect").isBoolean()) {
                    throw fail(at + ".perSuspect", "expected true or false");
                }
                perSuspect = n.get("perSuspect").asBoolean();
            }
            Optional<Condition> when =
                    n.has("when") ? Optional.of(condition(n.get("when").asText(), at + ".when")) : Optional.empty();
            Optional<Condition> unless = n.has("unless")
                    ? Optional.of(condition(n.get("unless").asText(), at + ".unless"))
                    : Optional.empty();
            return new Requirement(kinds, role, perSuspect, when, unless);
        }

        private Threshold threshold(JsonNode n, String at) throws StandardException {
            if (!n.isObject()) {
                throw fail(at, "expected an object");
            }
            onlyKeys(n, at, THRESHOLD);
            String fact = text(n, "fact", at);
            if (!Threshold.FACTS.contains(fact)) {
                throw fail(at + ".fact", "expected one of " + Threshold.FACTS + ", got '" + fact + "'");
            }
            JsonNode min = n.get("min");
            if (min == null || !min.isNumber() || min.decimalValue().signum() < 0) {
                throw fail(at + ".min", "required: a non-negative number");
            }
            List<Condition> unless = new ArrayList<>();
            JsonNode u = n.get("unless");
            if (u != null) {
                if (!u.isArray()) {
                    throw fail(at + ".unless", "expected an array of conditions");
                }
                for (int i = 0; i < u.size(); i++) {
                    unless.add(condition(u.get(i).asText(), at + ".unless[" + i + "]"));
                }
            }
            return new Threshold(fact, min.decimalValue(), unless);
        }

        private EvidenceKind kind(JsonNode n, String at) throws StandardException {
            Optional<EvidenceKind> k = n.isTextual() ? EvidenceKind.fromCode(n.asText()) : Optional.empty();
            if (k.isEmpty()) {
                throw fail(at, "unknown evidence kind " + n);
            }
            return k.get();
        }

        private Condition condition(String code, String at) throws StandardException {
            return Condition.fromCode(code)
                    .orElseThrow(
                            () -> fail(at, "unknown condition '" + code + "', expected one of " + Condition.codes()));
        }

        private String text(JsonNode n, String field, String at) throws StandardException {
            JsonNode v = n.get(field);
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw fail(at + "." + field, "required: a non-blank string");
            }
            return v.asText();
        }

        private JsonNode array(JsonNode n, String field, String at, boolean required) throws StandardException {
            JsonNode v = n.get(field);
            if (v == null) {
                if (required) {
                    throw fail(at + "." + field, "required: an array");
                }
                return null;
            }
            if (!v.isArray()) {
                throw fail(at + "." + field, "expected an array");
            }
            return v;
        }

        private void onlyKeys(JsonNode n, String at, Set<String> allowed) throws StandardException {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    throw fail(
                            at + "." + k,
                            "unknown key; allowed: "
                                    + String.join(
                                            ", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private StandardException fail(String path, String reason) {
            return new StandardException(source, path, reason);
        }
    }
}
