package org.smartcity.court.evaluate;

/**
 * CAIL2018 scores of a model on held-out cases. Immutable.
 *
 * @param cases number of cases scored
 * @param charges charge score ×100, mean of micro- and macro-F1 under the official judger's rule over the full label
 *     list when one was given (see {@code labelSet}), else the same as {@code chargesPresentLabels}
 * @param articles article score, same rule
 * @param chargesPresentLabels charge score with macro-F1 over the labels present in truth or predictions only
 * @param articlesPresentLabels article score, same rule
 * @param labelSet which label set {@code charges} and {@code articles} used, e.g. {@code accu.txt/law.txt (202/183)}
 *     or {@code labels present in truth or predictions}
 * @param term term score ×100 (CAIL's log-distance rule) of the suggested term (model, similar cases, guideline)
 * @param similarP10 share of the top-10 similar cases that share the query's main charge, 0–1 ({@code NaN} when not
 *     measured)
 * @param chargeAccuracy share of cases whose top charge is one of the true charges, 0–1
 * @param termModelOnly term score ×100 of the text model's own term, before combining
 * @param guidelineCases how many cases the guideline calculator gave a term for
 */
public record Evaluation(
        int cases,
        double charges,
        double articles,
        double chargesPresentLabels,
        double articlesPresentLabels,
        String labelSet,
        double term,
        double similarP10,
        double chargeAccuracy,
        double termModelOnly,
        int guidelineCases) {
    /** The {@code labelSet} text when no full label list was given. */
    public static final String PRESENT_LABELS = "labels present in truth or predictions";
}
