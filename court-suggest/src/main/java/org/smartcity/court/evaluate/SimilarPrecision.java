package org.smartcity.court.evaluate;

import java.util.List;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.search.SimilarCase;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.Suggestion;

/** Similar-case precision@10: the share of the top 10 results that carry the query's main charge. Stateless. */
public final class SimilarPrecision {
    private SimilarPrecision() {}

    /** P@10 of one query case, searched with its suggestion's ranked charges and articles; 0–1. */
    public static double at10(SimilarCaseSearch search, CailCase query, Suggestion suggestion) {
        List<SimilarCase> top = search.similar(query.fact(), suggestion.charges(), suggestion.articles(), 10);
        int hits = 0;
        for (SimilarCase c : top) {
            if (c.charges().contains(query.mainCharge())) {
                hits++;
            }
        }
        return hits / 10.0;
    }
}
