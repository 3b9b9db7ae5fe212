package org.smartcity.app.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.cail.CailLabels;
import org.smartcity.court.evaluate.CrossValidation;
import org.smartcity.court.evaluate.CrossValidationResult;
import org.smartcity.court.evaluate.Evaluation;
import org.smartcity.court.evaluate.ModelEvaluator;
import org.smartcity.court.evaluate.SimilarPrecision;
import org.smartcity.court.search.CaseBasedSuggester;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartcity court evaluate (--model DIR [--index DIR] | --folds K [--only-fold N]) --data FILE.jsonl
 * [--labels DIR] [--json]}: CAIL2018 scores, officially over the full label lists ({@code accu.txt}, {@code law.txt}
 * beside the data or in {@code --labels}) when present. With {@code --folds K} it cross-validates on the file (models and libraries built per fold; {@code --model}
 * is then not needed); otherwise it scores the saved model with its case library ({@code --index}, or the one {@code court
 * train} wrote into the model folder) as second opinion and for similar-case P@10.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "CAIL2018 scores (charges, articles, term) and similar-case P@10.")
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--model", paramLabel = "DIR", description = "The trained model (not needed with --folds).")
    Path modelDir;

    @Mixin
    RulesOption rules;

    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "Cases with outcomes.")
    Path data;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds on --data.")
    Integer folds;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Case library (without --folds): consulted by the suggestions and used for P@10. Default: the"
                    + " library court train wrote into the model folder.")
    Path indexDir;

    @Option(
            names = "--only-fold",
            paramLabel = "N",
            description = "With --folds K: hold out and score only fold N (1..K), for tuning on one fold.")
    Integer onlyFold;

    @Option(
            names = "--labels",
            paramLabel = "DIR",
            description = "Folder with CAIL2018's accu.txt and law.txt for the official scores (default: the folder"
                    + " of --data, else the copy court train kept in the --model folder; without them the"
                    + " present-labels rule is used).")
    Path labelsDir;

    @Option(
            names = "--train-share",
            paramLabel = "F",
            description = "With --folds K: train each fold's model and library on a seeded random share F (0 < F <= 1)"
                    + " of its training part, the held-out fold unchanged: a learning curve. Default: 1.")
    Double trainShare;

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
        if (onlyFold != null && folds == null) {
            throw new UserError("--only-fold needs --folds K");
        }
        if (trainShare != null && folds == null) {
            throw new UserError("--train-share needs --folds K");
        }
        if (trainShare != null && !(trainShare > 0 && trainShare <= 1)) {
            throw new UserError("--train-share must be more than 0 and at most 1, got " + trainShare);
        }
        List<CailCase> cases = CourtData.cases(data);
        Optional<CailLabels> labels = CourtData.labels(labelsDir, data, folds == null ? modelDir : null);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Evaluation e;
        Optional<CrossValidationResult> cv = Optional.empty();
        try {
            if (folds != null) {
                if (folds < 2 || folds > cases.size()) {
                    throw new UserError("--folds must be between 2 and the number of cases (" + cases.size() + ")");
                }
                if (onlyFold != null && (onlyFold < 1 || onlyFold > folds)) {
                    throw new UserError("--only-fold must be between 1 and --folds (" + folds + ")");
                }
                cv = Optional.of(CrossValidation.run(
                        cases,
                        folds,
                        onlyFold == null ? OptionalInt.empty() : OptionalInt.of(onlyFold - 1),
                        trainShare == null ? 1.0 : trainShare,
                        TrainingOptions.defaults().withSeed(seed),
                        rules.calculator(),
                        labels,
                        line -> {
                            err.println(line);
                            err.flush();
                        }));
                e = cv.get().meanOfFolds();
            } else {
                SuggestionModel model = CourtData.model(modelDir, rules.calculator());
                List<Suggestion> s;
                double p10 = Double.NaN;
                Optional<Path> library = CourtData.library(modelDir, indexDir);
                if (library.isPresent()) {
                    try (SimilarCaseSearch search = SimilarCaseSearch.open(library.get())) {
                        CaseBasedSuggester suggester = new CaseBasedSuggester(model, search);
                        s = cases.parallelStream()
                                .map(c -> suggester.suggest(c.fact(), 3))
                                .toList();
                        double sum = 0;
                        for (int i = 0; i < cases.size(); i++) {
                            sum += SimilarPrecision.at10(search, cases.get(i), s.get(i));
                        }
                        p10 = sum / cases.size();
                    }
                } else {
                    s = cases.parallelStream()
                            .map(c -> model.suggest(c.fact(), 3))
                            .toList();
                }
                e = ModelEvaluator.score(cases, s, p10, labels);
            }
        } catch (IOException ex) {
            throw new UserError(ex.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("folds", folds == null ? 0 : folds);
            if (onlyFold == null) {
                root.putNull("onlyFold");
            } else {
                root.put("onlyFold", onlyFold);
            }
            if (folds != null) {
                root.put("trainShare", trainShare == null ? 1.0 : trainShare);
            }
            scores(root, e);
            if (cv.isPresent()) {
                root.put("scoredAs", "mean of the folds, each fold scored as a held-out set of its own");
                scores(root.putObject("pooled"), cv.get().pooled());
                var perFold = root.putArray("perFold");
                cv.get().folds().forEach(f -> scores(perFold.addObject(), f));
            }
            root.put("seconds", round(seconds));
            out.println(root);
        } else {
            out.printf(
                    "cases %d%s%ncharges %.2f  articles %.2f  term %.2f  (CAIL2018 scores, 0-100; label set: %s)%n"
                            + "charges %.2f  articles %.2f  with macro-F1 over the labels present in truth or"
                            + " predictions only%n"
                            + "similar-case P@10 %s  top-1 charge accuracy %.3f  (%.1f s)%n"
                            + "term of the text model alone %.2f (the guideline calculator gave a term for %d cases)%n",
                    e.cases(),
                    folds == null
                            ? ""
                            : ", " + folds + "-fold cross-validation"
                                    + (onlyFold == null ? "" : ", fold " + onlyFold + " only")
                                    + (trainShare == null
                                            ? ""
                                            : ", models trained on " + trainShare + " of each training part"),
                    e.charges(),
                    e.articles(),
                    e.term(),
                    e.labelSet(),
                    e.chargesPresentLabels(),
                    e.articlesPresentLabels(),
                    Double.isNaN(e.similarP10())
                            ? "not measured (no case library: give --index, or train the model with its library)"
                            : String.format("%.3f", e.similarP10()),
                    e.chargeAccuracy(),
                    seconds,
                    e.termModelOnly(),
                    e.guidelineCases());
            if (cv.isPresent()) {
                out.println("(cross-validation: the scores above are the mean of the folds, each fold scored as a"
                        + " held-out set of its own)");
                for (int f = 0; f < cv.get().folds().size(); f++) {
                    Evaluation x = cv.get().folds().get(f);
                    out.printf(
                            "  fold %d: %d cases, charges %.2f  articles %.2f  term %.2f  P@10 %.3f%n",
                            onlyFold != null ? onlyFold : f + 1,
                            x.cases(),
                            x.charges(),
                            x.articles(),
                            x.term(),
                            x.similarP10());
                }
                Evaluation p = cv.get().pooled();
                out.printf(
                        "  all folds' predictions scored as one set of %d cases: charges %.2f  articles %.2f  term"
                                + " %.2f  P@10 %.3f%n",
                        p.cases(), p.charges(), p.articles(), p.term(), p.similarP10());
            }
        }
        out.flush();
        return 0;
    }

    /** The scores of one evaluation as JSON fields (CAIL scores 0–100 with 2 decimals, P@10 and accuracy 0–1). */
    private static void scores(ObjectNode n, Evaluation e) {
        n.put("cases", e.cases());
        n.put("charges", round(e.charges()));
        n.put("articles", round(e.articles()));
        n.put("labelSet", e.labelSet());
        n.put("chargesPresentLabels", round(e.chargesPresentLabels()));
        n.put("articlesPresentLabels", round(e.articlesPresentLabels()));
        n.put("term", round(e.term()));
        if (Double.isNaN(e.similarP10())) {
            n.putNull("similarP10");
        } else {
            n.put("similarP10", Math.round(e.similarP10() * 1000) / 1000.0);
        }
        n.put("chargeTop1Accuracy", Math.round(e.chargeAccuracy() * 1000) / 1000.0);
        n.put("termModelOnly", round(e.termModelOnly()));
        n.put("guidelineCases", e.guidelineCases());
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
