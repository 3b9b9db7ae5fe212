package org.smartcity.court.suggest;

import java.util.List;

/**
 * A decided case similar to the one being suggested for, given to {@link SuggestionModel} as a second opinion: its
 * charges and articles vote with {@code weight}, its term joins the median of the neighbours' terms. Immutable.
 *
 * @param weight the similarity, ≥ 0 (only ratios between neighbours matter)
 * @param charges its charges (CAIL names)
 * @param articles its article numbers as strings
 * @param termMonths its term (CAIL encoding: months, −1 life, −2 death; only fixed terms count)
 */
public record Neighbour(double weight, List<String> charges, List<String> articles, int termMonths) {
    /**
     * @throws IllegalArgumentException when the weight is negative or not a number
     */
    public Neighbour {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("neighbour weight must be finite and >= 0, got " + weight);
        }
        charges = List.copyOf(charges);
        articles = List.copyOf(articles);
    }
}
