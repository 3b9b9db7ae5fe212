package org.smartcity.court.suggest;

import java.util.OptionalDouble;

/**
 * The term a sentencing guideline gives for a fact text under the charge the model ranked first: one of the references
 * {@link SuggestionModel} weighs in its {@link TermConsensus}. The model does not know which guideline or which rules
 * (national defaults, a province's amounts) apply; whoever loads or trains it says so, e.g. with {@code new
 * GuidelineCalculator(rules)}. Implementations are thread-safe and never throw for odd text.
 */
@FunctionalInterface
public interface GuidelineTerm {
    /** No guideline: the term consensus is made of the text model's and the similar cases' terms only. */
    GuidelineTerm NONE = (facts, charge, probability) -> OptionalDouble.empty();

    /**
     * The guideline's term in months for {@code facts} under {@code charge}, empty when the guideline cannot
     * determine one (a charge its rules do not cover, facts without what the tier needs).
     *
     * @param facts the fact text, stripped, never null
     * @param charge the charge the model ranked first (CAIL's name, e.g. {@code 盗窃})
     * @param probability the model's probability of that charge, 0–1
     */
    OptionalDouble months(String facts, String charge, double probability);
}
