package org.smartcity.court.evaluate;

/**
 * CAIL2018 scores of a model on held-out cases. Immutable.
 *
 * @param cases number of cases scored
 * @param charges charge score, mean of micro- and macro-F1 ×100
 * @param articles article score, same rule
 * @param term term score ×100 (CAIL's log-distance rule)
 * @param similarP10 share of the top-10 similar cases that share the query's main charge, 0–1 ({@code NaN} when not
 *     measured)
 * @param chargeAccuracy share of cases whose top charge is one of the true charges, 0–1
 * @param termGuideline term score ×100 with the guideline calculator's term where it calculates one (for the model's
 *     top charge), the model's elsewhere
 * @param termBlend term score ×100 with the geometric mean of the two where the calculator calculates
 * @param guidelineCases how many cases the calculator gave a term for
 */
public record Evaluation(
        int cases,
        double charges,
        double articles,
        double term,
        double similarP10,
        double chargeAccuracy,
        double termGuideline,
        double termBlend,
        int guidelineCases) {}
