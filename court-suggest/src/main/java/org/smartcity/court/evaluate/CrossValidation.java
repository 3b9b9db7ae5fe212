package org.smartcity.court.evaluate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailLabels;
import org.smartcity.court.search.CaseBasedSuggester;
import org.smartcity.court.search.CaseLibrary;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.GuidelineTerm;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.TrainingOptions;

/**
 * K-fold cross-validation on one file: for each fold, a model is trained and a case library indexed (in memory) on
 * the other folds, and the fold's cases are predicted (with the library as second opinion, {@link CaseBasedSuggester})
 * and searched. Each fold is scored on its own, and all folds' predictions are also scored together
 * ({@link CrossValidationResult}). The split is deterministic
 * ({@link Folds}, seeded by the options' seed). Each fold's model weighs the given guideline's term ({@link
 * GuidelineTerm}). Stateless.
 */
public final class CrossValidation {
    private CrossValidation() {}

    /** Runs the cross-validation over all folds, scoring with the present-labels rule. */
    public static CrossValidationResult run(
            List<CailCase> cases, int k, TrainingOptions options, GuidelineTerm guideline, Consumer<String> progress)
            throws IOException {
        return run(cases, k, OptionalInt.empty(), options, guideline, Optional.empty(), progress);
    }

    /**
     * Runs the cross-validation.
     *
     * @param onlyFold when present, only this fold (0-based) is held out and scored (for tuning on one fold)
     * @param labels the full CAIL label lists for the official scores, or empty for the present-labels rule
     * @param progress receives one line per finished fold (may ignore it)
     * @throws IllegalArgumentException when {@code onlyFold} is not a fold
     */
    public static CrossValidationResult run(
            List<CailCase> cases,
            int k,
            OptionalInt onlyFold,
            TrainingOptions options,
            GuidelineTerm guideline,
            Optional<CailLabels> labels,
            Consumer<String> progress)
            throws IOException {
        return run(cases, k, onlyFold, 1.0, options, guideline, labels, progress);
    }

    /**
     * Runs the cross-validation with each fold's model and library built from a seeded random {@code trainShare} of
     * its training part (the held-out fold stays whole): a learning curve, how the scores grow with the data.
     *
     * @param trainShare share of each fold's training cases used, in (0, 1]
     * @throws IllegalArgumentException when {@code onlyFold} is not a fold or {@code trainShare} is out of range
     */
    public static CrossValidationResult run(
            List<CailCase> cases,
            int k,
            OptionalInt onlyFold,
            double trainShare,
            TrainingOptions options,
            GuidelineTerm guideline,
            Optional<CailLabels> labels,
            Consumer<String> progress)
            throws IOException {
        if (!(trainShare > 0 && trainShare <= 1)) {
            throw new IllegalArgumentException("the training share must be in (0, 1], got " + trainShare);
        }
        Folds folds = new Folds(cases.size(), k, options.seed());
        if (onlyFold.isPresent() && (onlyFold.getAsInt() < 0 || onlyFold.getAsInt() >= k)) {
            throw new IllegalArgumentException("no fold " + (onlyFold.getAsInt() + 1) + " of " + k);
        }
        List<CailCase> ordered = new ArrayList<>();
        List<Suggestion> predictions = new ArrayList<>();
        List<Evaluation> perFold = new ArrayList<>();
        double precisionSum = 0;
        int queries = 0;
        for (int f = 0; f < k; f++) {
            if (onlyFold.isPresent() && onlyFold.getAsInt() != f) {
                continue;
            }
            List<CailCase> train = share(folds.select(cases, f, false), trainShare, options.seed() + f);
            List<CailCase> test = folds.select(cases, f, true);
            SuggestionModel model = SuggestionModel.train(train, options, guideline);
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            CaseLibrary.build(train, dir);
            try (SimilarCaseSearch search = new SimilarCaseSearch(dir)) {
                CaseBasedSuggester suggester = new CaseBasedSuggester(model, search);
                List<Suggestion> s = test.parallelStream()
                        .map(c -> suggester.suggest(c.fact(), 3))
                        .toList();
                ordered.addAll(test);
                predictions.addAll(s);
                double foldPrecisionSum = 0;
                for (int i = 0; i < test.size(); i++) {
                    foldPrecisionSum += SimilarPrecision.at10(search, test.get(i), s.get(i));
                }
                precisionSum += foldPrecisionSum;
                queries += test.size();
                perFold.add(ModelEvaluator.score(test, s, foldPrecisionSum / test.size(), labels));
            }
            progress.accept("fold " + (f + 1) + "/" + k + ": " + test.size() + " cases");
        }
        return new CrossValidationResult(
                ModelEvaluator.score(ordered, predictions, queries == 0 ? Double.NaN : precisionSum / queries, labels),
                perFold);
    }

    /** A seeded random {@code share} of {@code cases} (at least one), in their original order. */
    private static List<CailCase> share(List<CailCase> cases, double share, long seed) {
        if (share >= 1) {
            return cases;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int keep = Math.max(1, (int) Math.round(share * cases.size()));
        return order.subList(0, keep).stream().sorted().map(cases::get).toList();
    }
}
