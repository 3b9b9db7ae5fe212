package org.smartcity.court.suggest;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the model suggests for one fact text: charges and articles ranked by probability, the predicted sets (every
 * label at or above the model's threshold, at least the top one), a prison-term reference, and a warning when the
 * suggestion should not be trusted (too little Chinese text, or no label clearly indicated). Immutable.
 *
 * @param charges ranked charges (at most the requested number)
 * @param articles ranked articles
 * @param predictedCharges the charges predicted (threshold rule)
 * @param predictedArticles the articles predicted
 * @param termMonths the term reference (a reference, not a sentence) in CAIL's encoding: months ≥ 0 for a fixed term
 *     (the term agreeing best with the model's, the guideline calculator's and the similar cases' terms), or
 *     {@link #LIFE} / {@link #DEATH} when at least half of the similar cases consulted were sentenced so (see {@link
 *     SuggestionModel})
 * @param modelTermMonths the text model's own term, before combining
 * @param similarTermMonths the median fixed term of the similar cases consulted, empty when none were
 * @param guidelineTermMonths the guideline calculator's term for the top charge, empty where it calculates none
 * @param warning why the suggestion is unreliable, empty when it is not flagged
 * @param notes rules of law that changed the prediction, each with its reason (e.g. the 1979 law's article for an
 *     offence before 1997, {@link EraArticles})
 */
public record Suggestion(
        List<RankedLabel> charges,
        List<RankedLabel> articles,
        List<String> predictedCharges,
        List<String> predictedArticles,
        int termMonths,
        int modelTermMonths,
        OptionalDouble similarTermMonths,
        OptionalDouble guidelineTermMonths,
        Optional<String> warning,
        List<String> notes) {
    /** {@link #termMonths()} of a life sentence (CAIL's encoding). */
    public static final int LIFE = -1;
    /** {@link #termMonths()} of a death sentence (CAIL's encoding). */
    public static final int DEATH = -2;

    public Suggestion {
        charges = List.copyOf(charges);
        articles = List.copyOf(articles);
        predictedCharges = List.copyOf(predictedCharges);
        predictedArticles = List.copyOf(predictedArticles);
        notes = List.copyOf(notes);
    }

    /** True when the suggestion carries a warning. */
    public boolean lowConfidence() {
        return warning.isPresent();
    }
}
