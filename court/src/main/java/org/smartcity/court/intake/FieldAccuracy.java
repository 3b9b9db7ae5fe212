package org.smartcity.court.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-field accuracy of an intake against the case-file JSON the documents were made from. A field counts when
 * either side has it; it is right when both agree: persons are compared by name (their ids differ), evidence by id,
 * times as instants, numbers as numbers, texts after width folding with white space removed, lists as sets.
 */
public final class FieldAccuracy {
    /** Right and total counts per field name ({@code evidence.kind}, {@code persons.birthDate} …). */
    private final Map<String, int[]> counts = new TreeMap<>();

    private static final String[] TOP = {"caseId", "title", "stage", "registeredAt"};
    private static final String[] OFFENCE = {
        "time", "place", "amount_cny", "bloodAlcohol_mg100ml", "injuryGrade", "drugWeight_g", "text"
    };
    private static final String[] PERSON = {"role", "gender", "birthDate", "idNumber", "organisation", "qualification"};
    private static final String[] EVIDENCE = {"category", "kind", "title", "time", "place", "recording", "text"};
    private static final String[] EVIDENCE_PERSONS = {"subject", "collectedBy", "signedBy", "present"};
    private static final String[] FACTS = {
        "amount_cny", "bloodAlcohol_mg100ml", "injuryGrade", "drugWeight_g", "identifiedPerson", "lineupSize", "items"
    };

    /** Adds one case's comparison to the counts. */
    public void add(JsonNode truth, JsonNode intake) {
        for (String f : TOP) {
            count("case." + f, truth.get(f), intake.get(f), null, null);
        }
        count("case.charges", truth.get("charges"), intake.get("charges"), null, null);
        for (String f : OFFENCE) {
            count(
                    "offence." + f,
                    truth.path("offence").get(f),
                    intake.path("offence").get(f),
                    null,
                    null);
        }
        Map<String, String> truthNames = names(truth);
        Map<String, String> intakeNames = names(intake);
        Map<String, JsonNode> intakeByName = new HashMap<>();
        intake.path("persons").forEach(p -> intakeByName.put(p.path("name").asText(), p));
        for (JsonNode p : truth.path("persons")) {
            JsonNode q = intakeByName.get(p.path("name").asText());
            add("persons.found", q != null);
            for (String f : PERSON) {
                if (p.has(f)) {
                    count("persons." + f, p.get(f), q == null ? null : q.get(f), null, null);
                }
            }
        }
        Map<String, JsonNode> intakeById = new HashMap<>();
        intake.path("evidence").forEach(e -> intakeById.put(e.path("id").asText(), e));
        for (JsonNode e : truth.path("evidence")) {
            JsonNode q = intakeById.get(e.path("id").asText());
            add("evidence.found", q != null);
            for (String f : EVIDENCE) {
                count("evidence." + f, e.get(f), q == null ? null : q.get(f), null, null);
            }
            for (String f : EVIDENCE_PERSONS) {
                count("evidence." + f, e.get(f), q == null ? null : q.get(f), truthNames, intakeNames);
            }
            count("evidence.refersTo", e.get("refersTo"), q == null ? null : q.get("refersTo"), null, null);
            for (String f : FACTS) {
                JsonNode qf = q == null ? null : q.path("facts").get(f);
                count("facts." + f, e.path("facts").get(f), qf, truthNames, intakeNames);
            }
        }
    }

    /** Field name → {right, total}. */
    public Map<String, int[]> counts() {
        return counts;
    }

    /** Right / total over every field. */
    public double overall() {
        int right = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (!e.getKey().endsWith(".found")) {
                right += e.getValue()[0];
                total += e.getValue()[1];
            }
        }
        return total == 0 ? 1.0 : right / (double) total;
    }

    private void count(String field, JsonNode t, JsonNode i, Map<String, String> tn, Map<String, String> in) {
        boolean tHas = present(t);
        boolean iHas = present(i);
        if (!tHas && !iHas) {
            return;
        }
        add(field, tHas && iHas && same(t, i, tn, in));
    }

    /** Absent, null, an empty list and {@code false} (no recording) all mean "not stated". */
    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !(n.isArray() && n.isEmpty()) && !(n.isBoolean() && !n.asBoolean());
    }

    private void add(String field, boolean right) {
        int[] c = counts.computeIfAbsent(field, k -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        }
    }

    private static boolean same(JsonNode t, JsonNode i, Map<String, String> tn, Map<String, String> in) {
        if (t.isArray()) {
            return set(t, tn).equals(set(i, in));
        }
        if (t.isObject()) {
            return t.has("start")
                    && i.has("start")
                    && same(t.get("start"), i.get("start"), tn, in)
                    && (t.get("end") == null
                            ? i.get("end") == null
                            : i.get("end") != null && same(t.get("end"), i.get("end"), tn, in));
        }
        if (t.isNumber() || i.isNumber()) {
            return Math.abs(t.asDouble() - i.asDouble()) < 1e-6;
        }
        if (t.isBoolean()) {
            return t.asBoolean() == i.asBoolean();
        }
        String a = t.asText();
        String b = i.asText();
        if (tn != null && tn.containsKey(a)) {
            return tn.get(a).equals(in.get(b));
        }
        try {
            return OffsetDateTime.parse(a).isEqual(OffsetDateTime.parse(b));
        } catch (DateTimeParseException e) {
            return WidthFolding.compact(a).equals(WidthFolding.compact(b));
        }
    }

    private static Set<String> set(JsonNode a, Map<String, String> names) {
        Set<String> s = new TreeSet<>();
        a.forEach(v -> s.add(
                names != null ? names.getOrDefault(v.asText(), "?" + v.asText()) : WidthFolding.compact(v.asText())));
        return s;
    }

    private static Map<String, String> names(JsonNode c) {
        Map<String, String> m = new HashMap<>();
        c.path("persons")
                .forEach(p -> m.put(p.path("id").asText(), p.path("name").asText()));
        return m;
    }
}
