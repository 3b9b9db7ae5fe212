package org.smartcity.app.court;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.search.SimilarCase;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.sentencing.ChargeChoice;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingResult;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.sentencing.TermDistribution;
import org.smartcity.court.sentencing.Wording;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartcity court sentence (--case FILE | --text TEXT) [--charge NAME] [--index DIR] [--model DIR] [--rules FILE]
 * [--similar 20] [--json]}: the sentencing reference in two parts side by side, the guideline calculation step by step
 * and the terms of the most similar decided cases.
 */
@Command(
        name = "sentence",
        mixinStandardHelpOptions = true,
        description =
                "Sentencing reference: the guideline calculation, step by step, beside the terms of similar cases.")
public final class SentenceCommand implements Callable<Integer> {
    @Mixin
    FactInputMixin input;

    @Option(
            names = "--charge",
            paramLabel = "NAME",
            description = "The charge (e.g. 盗窃); without it the model's top charge, else the facts' wording decides.")
    String charge;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "The case library, for the empirical reference (default: the --model folder's own).")
    Path indexDir;

    @Option(names = "--model", paramLabel = "DIR", description = "A trained model: chooses the charge, ranks cases.")
    Path modelDir;

    @Mixin
    RulesOption rulesOption;

    @Option(
            names = "--similar",
            defaultValue = "20",
            description = "How many similar cases the empirical reference looks at (default: ${DEFAULT-VALUE}).")
    int similar;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SentencingRules rules = rulesOption.rules();
        GuidelineCalculator calculator = new GuidelineCalculator(rules);
        if (similar < 1) {
            throw new UserError("--similar must be at least 1, got " + similar);
        }
        Optional<Path> library = CourtData.library(modelDir, indexDir);
        String text = input.text();
        Suggestion suggestion =
                modelDir == null ? null : CourtData.model(modelDir, calculator).suggest(text, 3);
        ChargeChoice choice = choose(rules, text, suggestion);
        SentencingResult result = calculator.calculate(text, choice);
        Optional<TermDistribution> empirical = Optional.empty();
        String empiricalNote;
        if (library.isEmpty()) {
            empiricalNote = "no --index given: no empirical reference";
        } else {
            List<SimilarCase> found = search(library.get(), text, suggestion, choice);
            empirical = Optional.of(TermDistribution.of(found, choice.charge()));
            empiricalNote = found.isEmpty() ? "no similar case found in " + library.get() : "";
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                json
                        ? SentenceReport.json(result, rules, empirical, empiricalNote)
                        : SentenceReport.text(result, rules, empirical, empiricalNote));
        out.flush();
        return 0;
    }

    private ChargeChoice choose(SentencingRules rules, String text, Suggestion suggestion) {
        if (charge != null) {
            return ChargeChoice.given(rules, charge);
        }
        if (suggestion != null && !suggestion.charges().isEmpty() && !suggestion.lowConfidence()) {
            RankedLabel top = suggestion.charges().get(0);
            return ChargeChoice.fromModel(rules, top.label(), top.probability());
        }
        ChargeChoice byWording = ChargeChoice.fromWording(rules, text);
        if (suggestion != null && suggestion.lowConfidence()) {
            String why = suggestion.warning().orElse("");
            return new ChargeChoice(
                    byWording.charge(),
                    new Wording(
                            byWording.basis().zh() + "；模型的建议置信度不足，未采用",
                            byWording.basis().en() + "; the model's suggestion was not used: " + why));
        }
        return byWording;
    }

    private List<SimilarCase> search(Path library, String text, Suggestion suggestion, ChargeChoice choice) {
        List<RankedLabel> charges = suggestion != null
                ? suggestion.charges()
                : choice.charge()
                        .map(c -> List.of(new RankedLabel(c.name(), 1.0, List.of())))
                        .orElse(List.of());
        List<RankedLabel> articles = suggestion != null ? suggestion.articles() : List.of();
        try (SimilarCaseSearch search = SimilarCaseSearch.open(library)) {
            return search.similar(text, charges, articles, similar);
        } catch (IOException e) {
            throw new UserError("cannot read index " + library + ": " + e.getMessage());
        }
    }
}
