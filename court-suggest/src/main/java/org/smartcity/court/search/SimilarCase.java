package org.smartcity.court.search;

import java.util.List;
import java.util.Optional;

/**
 * One similar case found in the library. Immutable.
 *
 * @param id the case's position in the indexed file (0-based)
 * @param score the combined ranking score (text relevance 0–1 plus legal-element bonuses)
 * @param charges the case's charges
 * @param articles the case's articles
 * @param termMonths the case's term (CAIL encoding: months, −1 life, −2 death)
 * @param amount the largest money amount in its facts, if any
 * @param excerpt a short passage, shared wording marked 【like this】
 * @param shared the legal elements it shares with the query, e.g. {@code same charge 盗窃}, {@code similar amount}
 */
public record SimilarCase(
        int id,
        double score,
        List<String> charges,
        List<String> articles,
        int termMonths,
        Optional<Double> amount,
        String excerpt,
        List<String> shared) {
    public SimilarCase {
        charges = List.copyOf(charges);
        articles = List.copyOf(articles);
        shared = List.copyOf(shared);
    }
}
