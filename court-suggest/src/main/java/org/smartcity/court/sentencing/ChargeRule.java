package org.smartcity.court.sentencing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentencing rules of one charge: its names, article, what its tiers are measured in, the wording that points
 * to it in facts, the drugs it knows (drug charges) and its tiers from the least to the most serious. Immutable.
 *
 * @param id a stable id ({@code theft})
 * @param names the charge's names as judgments write them, without 罪 (the first is the display name)
 * @param article the Criminal Law article
 * @param measure what tiers and increments are measured in
 * @param detect wording that suggests this charge when none is given
 * @param drugs the drug kinds (only for {@link Measure#DRUG_G})
 * @param tiers the tiers, least serious first
 * @param source where the rules come from
 */
public record ChargeRule(
        String id,
        List<String> names,
        String article,
        Measure measure,
        List<Pattern> detect,
        List<DrugKind> drugs,
        List<Tier> tiers,
        String source) {
    public ChargeRule {
        names = List.copyOf(names);
        detect = List.copyOf(detect);
        drugs = List.copyOf(drugs);
        tiers = List.copyOf(tiers);
        if (names.isEmpty() || tiers.isEmpty()) {
            throw new IllegalArgumentException("a charge needs names and tiers");
        }
    }

    /** The display name, e.g. {@code 盗窃}. */
    public String name() {
        return names.get(0);
    }

    /** True when {@code name} (with or without a trailing 罪, or the id) names this charge. */
    public boolean isNamed(String name) {
        String n = name.strip();
        if (n.endsWith("罪")) {
            n = n.substring(0, n.length() - 1);
        }
        return names.contains(n) || id.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT));
    }
}
