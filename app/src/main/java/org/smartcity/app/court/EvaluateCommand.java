package org.smartcity.app.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartcity.app.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.evaluate.CrossValidation;
import org.smartcity.court.evaluate.Evaluation;
import org.smartcity.court.evaluate.ModelEvaluator;
import org.smartcity.court.evaluate.SimilarPrecision;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity court evaluate (--model DIR [--index DIR] | --folds K) --data FILE.jsonl [--json]}: CAIL2018
 * scores. With {@code --folds K} it cross-validates on the file (models and libraries built per fold; {@code --model}
 * is then not needed); otherwise it scores the saved model, and similar-case P@10 when {@code --index} is given.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "CAIL2018 scores (charges, articles, term) and similar-case P@10.")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "DIR", description = "The trained model (not needed with --folds).")
    Path modelDir;

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Cases with outcomes.")
    Path data;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds on --data.")
    Integer folds;

    @Option(names = "--index", paramLabel = "DIR", description = "Case library for P@10 (without --folds).")
    Path indexDir;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split and the models.")
    long seed;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (folds == null && modelDir == null) {
            throw new UserError("give --model DIR, or --folds K to cross-validate");
        }
        List<CailCase> cases = CourtData.cases(data);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Evaluation e;
        try {
            if (folds != null) {
                if (folds < 2 || folds > cases.size()) {
                    throw new UserError(
                            "error: --folds must be between 2 and the number of cases (" + cases.size() + ")");
                }
                e = CrossValidation.run(cases, folds, TrainingOptions.defaults().withSeed(seed), line -> {
                    err.println(line);
                    err.flush();
                });
            } else {
                SuggestionModel model = CourtData.model(modelDir);
                List<Suggestion> s = cases.parallelStream()
                        .map(c -> model.suggest(c.fact(), 3))
                        .toList();
                double p10 = Double.NaN;
                if (indexDir != null) {
                    try (SimilarCaseSearch search = SimilarCaseSearch.open(indexDir)) {
                        double sum = 0;
                        for (int i = 0; i < cases.size(); i++) {
                            sum += SimilarPrecision.at10(search, cases.get(i), s.get(i));
                        }
                        p10 = sum / cases.size();
                    }
                }
                e = ModelEvaluator.score(cases, s, p10);
            }
        } catch (IOException ex) {
            throw new UserError(ex.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("cases", e.cases());
            root.put("folds", folds == null ? 0 : folds);
            root.put("charges", round(e.charges()));
            root.put("articles", round(e.articles()));
            root.put("term", round(e.term()));
            if (Double.isNaN(e.similarP10())) {
                root.putNull("similarP10");
            } else {
                root.put("similarP10", Math.round(e.similarP10() * 1000) / 1000.0);
            }
            root.put("chargeTop1Accuracy", Math.round(e.chargeAccuracy() * 1000) / 1000.0);
            root.put("termWithGuideline", round(e.termGuideline()));
            root.put("termBlendedWithGuideline", round(e.termBlend()));
            root.put("guidelineCases", e.guidelineCases());
            root.put("seconds", round(seconds));
            out.println(root);
        } else {
            out.printf(
                    "cases %d%s%ncharges %.2f  articles %.2f  term %.2f  (CAIL2018 scores, 0-100)%n"
                            + "similar-case P@10 %s  top-1 charge accuracy %.3f  (%.1f s)%n"
                            + "term with the guideline calculator where it calculates (%d cases): %.2f; blended: %.2f%n",
                    e.cases(),
                    folds == null ? "" : ", " + folds + "-fold cross-validation",
                    e.charges(),
                    e.articles(),
                    e.term(),
                    Double.isNaN(e.similarP10())
                            ? "not measured (give --index)"
                            : String.format("%.3f", e.similarP10()),
                    e.chargeAccuracy(),
                    seconds,
                    e.guidelineCases(),
                    e.termGuideline(),
                    e.termBlend());
        }
        out.flush();
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
