package org.smartcity.court.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailLabels;
import org.smartcity.court.cail.CailScore;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;

/**
 * Scores suggestions on cases with known outcomes (CAIL2018 rules, see {@link CailScore}). The term prediction is
 * always a fixed term (the model never predicts death or life); the text model's own term is scored beside the
 * combined one. Stateless.
 */
public final class ModelEvaluator {
    private ModelEvaluator() {}

    /** Predictions of {@code model} for {@code cases}, in order (text only, no case library). */
    public static List<Suggestion> predict(SuggestionModel model, List<CailCase> cases) {
        return cases.parallelStream().map(c -> model.suggest(c.fact(), 1)).toList();
    }

    /**
     * The scores of {@code predictions} (one per case, same order); {@code similarP10} is passed through. With
     * {@code labels}, the primary charge and article scores follow the official judger over the full lists; without,
     * they are the present-labels scores.
     */
    public static Evaluation score(
            List<CailCase> cases, List<Suggestion> predictions, double similarP10, Optional<CailLabels> labels) {
        List<Set<String>> trueCharges = new ArrayList<>();
        List<Set<String>> predCharges = new ArrayList<>();
        List<Set<String>> trueArticles = new ArrayList<>();
        List<Set<String>> predArticles = new ArrayList<>();
        List<Integer> trueTerms = new ArrayList<>();
        List<Integer> predTerms = new ArrayList<>();
        List<Integer> modelTerms = new ArrayList<>();
        int calculated = 0;
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
            modelTerms.add(s.modelTermMonths());
            if (s.guidelineTermMonths().isPresent()) {
                calculated++;
            }
            if (c.charges().contains(s.predictedCharges().get(0))) {
                topRight++;
            }
        }
        double chargesPresent = CailScore.labels(trueCharges, predCharges);
        double articlesPresent = CailScore.labels(trueArticles, predArticles);
        return new Evaluation(
                cases.size(),
                labels.map(l -> CailScore.officialLabels(trueCharges, predCharges, l.charges(), CailLabels::chargeKey))
                        .orElse(chargesPresent),
                labels.map(l -> CailScore.officialLabels(trueArticles, predArticles, l.articles(), a -> a))
                        .orElse(articlesPresent),
                chargesPresent,
                articlesPresent,
                labels.map(CailLabels::describe).orElse(Evaluation.PRESENT_LABELS),
                CailScore.terms(trueTerms, predTerms),
                similarP10,
                cases.isEmpty() ? 0 : (double) topRight / cases.size(),
                CailScore.terms(trueTerms, modelTerms),
                calculated);
    }
}
