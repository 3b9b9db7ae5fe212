package org.smartcity.court.sentencing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which charge's rules the calculation uses and why: given by the user, the suggestion model's top charge, or the
 * wording of the facts. Immutable.
 *
 * @param charge the charge's rules; empty when none could be chosen
 * @param basis how it was chosen, or why none was, in words
 */
public record ChargeChoice(Optional<ChargeRule> charge, String basis) {
    /** The charge the user named; empty with an explanation when the rules do not know it. */
    public static ChargeChoice given(SentencingRules rules, String name) {
        Optional<ChargeRule> c = rules.findCharge(name);
        return c.map(r -> new ChargeChoice(c, "given: " + r.name()))
                .orElseGet(() -> new ChargeChoice(
                        Optional.empty(),
                        "no sentencing rules for the charge '" + name + "' (rules exist for: "
                                + String.join("、", rules.chargeNames()) + ")"));
    }

    /** The suggestion model's top charge with its probability. */
    public static ChargeChoice fromModel(SentencingRules rules, String label, double probability) {
        String p = String.format(java.util.Locale.ROOT, "%.2f", probability);
        Optional<ChargeRule> c = rules.findCharge(label);
        return c.map(r -> new ChargeChoice(c, "the suggestion model's top charge: " + r.name() + " (p " + p + ")"))
                .orElseGet(() -> new ChargeChoice(
                        Optional.empty(),
                        "the suggestion model's top charge is " + label + " (p " + p
                                + "), which has no sentencing rules (rules exist for: "
                                + String.join("、", rules.chargeNames()) + ")"));
    }

    /**
     * The charge whose wording ({@link ChargeRule#detect()}) occurs most often in the facts (not negated); empty when
     * none occurs or two charges tie.
     */
    public static ChargeChoice fromWording(SentencingRules rules, String text) {
        record Count(ChargeRule rule, int n) {}
        List<Count> counts = new ArrayList<>();
        for (ChargeRule r : rules.charges()) {
            int n = PhraseFinder.count(text, r.detect());
            if (n > 0) {
                counts.add(new Count(r, n));
            }
        }
        counts.sort(Comparator.comparingInt(Count::n).reversed());
        if (counts.isEmpty()) {
            return new ChargeChoice(
                    Optional.empty(),
                    "no charge given and the facts contain none of the wording of the charges the rules know ("
                            + String.join("、", rules.chargeNames()) + "); give --charge");
        }
        if (counts.size() > 1 && counts.get(0).n() == counts.get(1).n()) {
            return new ChargeChoice(
                    Optional.empty(),
                    "no charge given and the wording points equally to "
                            + counts.get(0).rule().name() + " and "
                            + counts.get(1).rule().name() + "; give --charge");
        }
        ChargeRule best = counts.get(0).rule();
        String phrase =
                PhraseFinder.find(text, best.detect()).map(Mention::matched).orElse("");
        return new ChargeChoice(
                Optional.of(best),
                "chosen from the wording of the facts: " + best.name() + " ("
                        + counts.get(0).n() + (counts.get(0).n() == 1 ? " mention: '" : " mentions such as '") + phrase
                        + "'; no model was given)");
    }
}
