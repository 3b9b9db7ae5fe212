package org.smartcity.court.sentencing;

import java.util.List;
import java.util.Optional;

/**
 * A versioned set of sentencing rules: the charges with their tiers and the circumstances with their percentages, as
 * read from a rules file by {@link SentencingRulesReader}. Immutable and thread-safe.
 *
 * @param version the rules' version, e.g. {@code 2021-national-1}
 * @param jurisdiction whose amounts these are (a province, or national defaults)
 * @param source the documents the rules follow
 * @param origin the file (or resource) they were read from
 * @param charges the charges
 * @param circumstances the circumstances, in the order they are reported
 */
public record SentencingRules(
        String version,
        String jurisdiction,
        String source,
        String origin,
        List<ChargeRule> charges,
        List<CircumstanceRule> circumstances) {
    /** The rules file built into smartcity. */
    public static final String BUILT_IN = "sentencing/guideline-2021.json";

    public SentencingRules {
        charges = List.copyOf(charges);
        circumstances = List.copyOf(circumstances);
    }

    /** The built-in rules ({@value #BUILT_IN}). */
    public static SentencingRules builtIn() {
        try {
            return new SentencingRulesReader().readResource(BUILT_IN);
        } catch (SentencingRulesException e) {
            throw new IllegalStateException("the built-in sentencing rules are broken: " + e.getMessage(), e);
        }
    }

    /** The charge that {@code name} names (with or without 罪, or its id). */
    public Optional<ChargeRule> findCharge(String name) {
        return charges.stream().filter(c -> c.isNamed(name)).findFirst();
    }

    /** The display names of all charges, for messages. */
    public List<String> chargeNames() {
        return charges.stream().map(ChargeRule::name).toList();
    }

    /** The circumstance with this id. */
    public Optional<CircumstanceRule> findCircumstance(String id) {
        return circumstances.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
