package org.smartcity.court.suggest;

import java.util.List;

/**
 * A suggested label (a charge or a law article) with the model's probability and the phrases of the text that
 * raised it most (largest positive weight × TF-IDF contribution, strongest first). Immutable.
 *
 * @param label the charge (without 罪) or the article number
 * @param probability the one-vs-rest logistic probability, 0–1
 * @param phrases up to five phrases, e.g. {@code 秘密 窃取}, {@code 金额 1000-3000}
 */
public record RankedLabel(String label, double probability, List<String> phrases) {
    public RankedLabel {
        phrases = List.copyOf(phrases);
    }
}
