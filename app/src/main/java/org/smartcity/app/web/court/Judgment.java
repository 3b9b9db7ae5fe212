package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartcity.court.workflow.ChargeVerdict;

/**
 * The judgment recorded when a judge closes a case: a verdict per charge of the case file (in the file's order) and
 * the sentence pronounced ({@code ""} when every verdict is not guilty). Stored as JSON text
 * {@code {"charges":[{"charge":"theft","verdict":"guilty"}],"sentence":"…"}}; immutable.
 */
record Judgment(List<Verdict> charges, String sentence) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One charge and the verdict on it. */
    record Verdict(String charge, ChargeVerdict verdict) {
        Verdict {
            Objects.requireNonNull(charge, "charge");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    Judgment {
        charges = List.copyOf(charges);
        Objects.requireNonNull(sentence, "sentence");
    }

    /** True when some charge was found proven (a sentence is then required). */
    boolean anyGuilty() {
        return charges.stream().anyMatch(v -> v.verdict() == ChargeVerdict.GUILTY);
    }

    /** The compact JSON text stored and audited. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        var list = root.putArray("charges");
        for (Verdict v : charges) {
            list.addObject()
                    .put("charge", v.charge())
                    .put("verdict", v.verdict().code());
        }
        root.put("sentence", sentence);
        return root.toString();
    }

    /**
     * Reads a stored judgment back; a verdict code this version does not know is kept out.
     *
     * @throws IllegalStateException when the text is not JSON (the store holds only what {@link #toJson} wrote)
     */
    static Judgment fromJson(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored judgment is not JSON: " + e.getMessage(), e);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode v : root.path("charges")) {
            ChargeVerdict.fromCode(v.path("verdict").asText(""))
                    .ifPresent(cv -> verdicts.add(new Verdict(v.path("charge").asText(""), cv)));
        }
        return new Judgment(verdicts, root.path("sentence").asText(""));
    }
}
