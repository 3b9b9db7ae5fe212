package org.smartcity.court.search;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.court.suggest.Neighbour;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.TextScores;

/**
 * Suggests with the case library as a second opinion: the model's text-only suggestion ranks the library (as
 * {@code court similar} does), and the {@value #NEIGHBOURS} most similar decided cases then vote on the charges and
 * articles and lend their terms ({@link SuggestionModel#suggest(String, int, List)}); measured gains are in
 * docs/court-suggest.md. Thread-safe (Lucene searchers are).
 */
public final class CaseBasedSuggester {
    /**
     * How many similar cases are consulted: the first {@link SuggestionModel#VOTERS} vote on labels, all ten lend their
     * terms (10 beat 5 and 15 for the term on three folds).
     */
    public static final int NEIGHBOURS = 10;
    /**
     * The suggested charges' weight when ranking the consulted cases: lower than the {@link SimilarCaseSearch} default
     * (which serves the reader's similar-case list), so the terms come from cases closer in wording, amount and
     * circumstances. On two folds 1 beat 0.5, 1.5, 2 and 3 for the term (+0.5 to +0.8 over 3) with the charges,
     * articles and P@10 unchanged (docs/court-suggest.md).
     */
    static final double NEIGHBOUR_CHARGE_WEIGHT = 1.0;

    private final SuggestionModel model;
    private final SimilarCaseSearch search;

    public CaseBasedSuggester(SuggestionModel model, SimilarCaseSearch search) {
        this.model = model;
        this.search = search;
    }

    /** The suggestion for {@code text}; {@code top} limits the ranked lists as in {@link SuggestionModel}. */
    public Suggestion suggest(String text, int top) {
        TextScores scores = model.score(text);
        Suggestion first = model.suggestLabels(scores, 3);
        List<Neighbour> neighbours = new ArrayList<>();
        for (SimilarCase c :
                search.similar(text, first.charges(), first.articles(), NEIGHBOURS, NEIGHBOUR_CHARGE_WEIGHT)) {
            neighbours.add(new Neighbour(Math.max(0, c.score()), c.charges(), c.articles(), c.termMonths()));
        }
        return model.suggest(scores, top, neighbours);
    }
}
