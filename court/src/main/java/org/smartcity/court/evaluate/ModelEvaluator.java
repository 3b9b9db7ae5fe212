package org.smartcity.court.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailScore;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;

/**
 * Scores a {@link SuggestionModel} on cases with known outcomes (CAIL2018 rules, see {@link CailScore}). The term
 * prediction is always a fixed term (the model never predicts death or life). Stateless.
 */
public final class ModelEvaluator {
    private ModelEvaluator() {}

    /** Predictions of {@code model} for {@code cases}, in order. */
    public static List<Suggestion> predict(SuggestionModel model, List<CailCase> cases) {
        return cases.parallelStream().map(c -> model.suggest(c.fact(), 1)).toList();
    }

    /** The scores of {@code predictions} (one per case, same order); {@code similarP10} is passed through. */
    public static Evaluation score(List<CailCase> cases, List<Suggestion> predictions, double similarP10) {
        List<Set<String>> trueCharges = new ArrayList<>();
        List<Set<String>> predCharges = new ArrayList<>();
        List<Set<String>> trueArticles = new ArrayList<>();
        List<Set<String>> predArticles = new ArrayList<>();
        List<Integer> trueTerms = new ArrayList<>();
        List<Integer> predTerms = new ArrayList<>();
        int topRight = 0;
        for (int i = 0; i < cases.size(); i++) {
            CailCase c = cases.get(i);
            Suggestion s = predictions.get(i);
            trueCharges.add(new HashSet<>(c.charges()));
            predCharges.add(new HashSet<>(s.predictedCharges()));
            Set<String> ta = new HashSet<>();
            c.articles().forEach(a -> ta.add(String.valueOf(a)));
            trueArticles.add(ta);
            predArticles.add(new HashSet<>(s.predictedArticles()));
            trueTerms.add(c.cailTerm());
            predTerms.add(s.termMonths());
            if (c.charges().contains(s.predictedCharges().get(0))) {
                topRight++;
            }
        }
        return new Evaluation(
                cases.size(),
                CailScore.labels(trueCharges, predCharges),
                CailScore.labels(trueArticles, predArticles),
                CailScore.terms(trueTerms, predTerms),
                similarP10,
                cases.isEmpty() ? 0 : (double) topRight / cases.size());
    }
}
