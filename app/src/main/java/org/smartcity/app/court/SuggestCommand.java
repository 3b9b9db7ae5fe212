package org.smartcity.app.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.search.CaseBasedSuggester;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartcity court suggest --model DIR [--index DIR] (--text TEXT | --case FILE) [--rules FILE] [--top 5] [--json]}: ranked
 * charges and articles with probabilities and the phrases behind them, and a term reference (weighing the guideline
 * term of {@code --rules}). A flagged (low-confidence)
 * suggestion says so first.
 */
@Command(
        name = "suggest",
        mixinStandardHelpOptions = true,
        description = "Suggest charges, law articles and a term reference for a fact text.")
public final class SuggestCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The trained model folder.")
    Path modelDir;

    @Mixin
    FactInputMixin input;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Case library (smartcity court index): its most similar cases vote on the charges and"
                    + " articles and lend their terms. Default: the library court train wrote into the model folder.")
    Path indexDir;

    @Mixin
    RulesOption rules;

    @Option(names = "--top", defaultValue = "5", description = "How many charges and articles to list.")
    int top;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text = input.text();
        SuggestionModel model = CourtData.model(modelDir, rules.calculator());
        Suggestion s;
        Optional<Path> library = CourtData.library(modelDir, indexDir);
        if (library.isEmpty()) {
            s = model.suggest(text, top);
        } else {
            try (SimilarCaseSearch search = SimilarCaseSearch.open(library.get())) {
                s = new CaseBasedSuggester(model, search).suggest(text, top);
            } catch (IOException e) {
                throw new UserError("cannot read the case library " + library.get() + ": " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(s) : toText(s));
        out.flush();
        return 0;
    }

    /** "fixed", "life" or "death" for a CAIL-encoded term. */
    private static String termKind(int termMonths) {
        return switch (termMonths) {
            case Suggestion.LIFE -> "life";
            case Suggestion.DEATH -> "death";
            default -> "fixed";
        };
    }

    static String toJson(Suggestion s) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("lowConfidence", s.lowConfidence());
        s.warning().ifPresent(w -> root.put("warning", w));
        labels(root.putArray("charges"), s.charges());
        labels(root.putArray("articles"), s.articles());
        s.predictedCharges().forEach(root.putArray("predictedCharges")::add);
        s.predictedArticles().forEach(root.putArray("predictedArticles")::add);
        s.notes().forEach(root.putArray("notes")::add);
        root.put("termMonths", s.termMonths());
        root.put("termKind", termKind(s.termMonths()));
        ObjectNode basis = root.putObject("termBasis");
        basis.put("modelMonths", s.modelTermMonths());
        if (s.similarTermMonths().isPresent()) {
            basis.put(
                    "similarCasesMedianMonths", Math.round(s.similarTermMonths().getAsDouble() * 10) / 10.0);
        } else {
            basis.putNull("similarCasesMedianMonths");
        }
        if (s.guidelineTermMonths().isPresent()) {
            basis.put("guidelineMonths", Math.round(s.guidelineTermMonths().getAsDouble() * 10) / 10.0);
        } else {
            basis.putNull("guidelineMonths");
        }
        return root.toString();
    }

    private static void labels(ArrayNode array, List<RankedLabel> labels) {
        for (RankedLabel l : labels) {
            ObjectNode n = array.addObject();
            n.put("label", l.label());
            n.put("probability", Math.round(l.probability() * 10000) / 10000.0);
            l.phrases().forEach(n.putArray("phrases")::add);
        }
    }

    static String toText(Suggestion s) {
        StringBuilder b = new StringBuilder();
        s.warning().ifPresent(w -> b.append("LOW CONFIDENCE: ").append(w).append('\n'));
        b.append("charges (罪名):\n");
        for (RankedLabel l : s.charges()) {
            b.append(String.format(
                    "  %-14s %.2f  %s%n", l.label() + "罪", l.probability(), String.join(" / ", l.phrases())));
        }
        b.append("articles (法条):\n");
        for (RankedLabel l : s.articles()) {
            b.append(String.format("  第%s条 %9.2f  %s%n", l.label(), l.probability(), String.join(" / ", l.phrases())));
        }
        b.append("predicted: ")
                .append(String.join("、", s.predictedCharges()))
                .append("; articles ")
                .append(String.join(", ", s.predictedArticles()))
                .append('\n');
        s.notes().forEach(n -> b.append("note: ").append(n).append('\n'));
        b.append("term reference: ")
                .append(
                        switch (s.termMonths()) {
                            case Suggestion.LIFE -> "life imprisonment, as at least half of the most similar cases";
                            case Suggestion.DEATH -> "death penalty, as at least half of the most similar cases";
                            default -> "about " + s.termMonths() + " months";
                        })
                .append(" (a reference, not a sentence; ");
        b.append("text model ").append(s.modelTermMonths());
        s.similarTermMonths().ifPresent(m -> b.append(String.format(", similar cases' median %.0f", m)));
        s.guidelineTermMonths().ifPresent(m -> b.append(String.format(", guideline calculator %.1f", m)));
        b.append(" months; the term that agrees best with them under CAIL's log-distance score)");
        return b.toString();
    }
}
