package org.smartcity.court.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailLabels;
import org.smartcity.court.cail.CailScore;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;

/**
 * Scores a {@link SuggestionModel} on cases with known outcomes (CAIL2018 rules, see {@link CailScore}). The term
 * prediction is always a fixed term (the model never predicts death or life). Two more term scores measure the
 * sentencing guideline calculator (built-in rules, the model's top charge): used instead of the model's term where it
 * calculates one, and blended with it (geometric mean in log space). Stateless.
 */
public final class ModelEvaluator {
    private ModelEvaluator() {}

    /** Predictions of {@code model} for {@code cases}, in order. */
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
        List<Integer> guidelineTerms = new ArrayList<>();
        List<Integer> blendTerms = new ArrayList<>();
        List<OptionalDouble> guideline =
                GuidelineTerms.of(new GuidelineCalculator(SentencingRules.builtIn()), cases, predictions);
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
            OptionalDouble g = guideline.get(i);
            if (g.isPresent()) {
                calculated++;
                guidelineTerms.add((int) Math.round(g.getAsDouble()));
                blendTerms.add(GuidelineTerms.blend(s.termMonths(), g.getAsDouble()));
            } else {
                guidelineTerms.add(s.termMonths());
                blendTerms.add(s.termMonths());
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
                CailScore.terms(trueTerms, guidelineTerms),
                CailScore.terms(trueTerms, blendTerms),
                calculated);
    }
}
