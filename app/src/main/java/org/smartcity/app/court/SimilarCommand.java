package org.smartcity.app.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.search.SimilarCase;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.FactTerms;
import org.smartcity.court.suggest.GuidelineTerm;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code smartcity court similar --index DIR (--text TEXT | --case FILE) [--model DIR] [--top 10] [--json]}: similar
 * cases with an excerpt and the legal elements they share. With {@code --model} the ranking favours the charges and
 * articles the model suggests for the query.
 */
@Command(name = "similar", mixinStandardHelpOptions = true, description = "Find similar cases in the case library.")
public final class SimilarCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "The case library folder.")
    Path indexDir;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "A trained model: rank by its suggested charges and articles too.")
    Path modelDir;

    @Mixin
    FactInputMixin input;

    @Option(names = "--top", defaultValue = "10", description = "How many cases.")
    int top;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text = input.text();
        if (!Files.isDirectory(indexDir)) {
            throw new UserError("no index folder " + indexDir + "; build one with: smartcity court index");
        }
        // only the ranked charges and articles are used, and no guideline term changes them
        Suggestion s = modelDir == null
                ? null
                : CourtData.model(modelDir, GuidelineTerm.NONE).suggest(text, 3);
        List<SimilarCase> found;
        try (SimilarCaseSearch search = SimilarCaseSearch.open(indexDir)) {
            found = search.similar(
                    text, s == null ? List.of() : s.charges(), s == null ? List.of() : s.articles(), top);
        } catch (IOException e) {
            throw new UserError("cannot read index " + indexDir + ": " + e.getMessage());
        }
        String warning = FactTerms.hanCount(text) < SuggestionModel.MIN_HAN
                ? "text too short / no Chinese legal facts found; results are not meaningful"
                : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("lowConfidence", warning != null);
            if (warning != null) {
                root.put("warning", warning);
            }
            ArrayNode cases = root.putArray("cases");
            found.forEach(c -> cases.add(SimilarCaseJson.of(c)));
            out.println(root);
        } else {
            if (warning != null) {
                out.println("LOW CONFIDENCE: " + warning);
            }
            if (found.isEmpty()) {
                out.println("no similar case found");
            }
            int rank = 1;
            for (SimilarCase c : found) {
                out.printf(
                        "%2d. case %d  %.2f  %s  term %s  shares: %s%n    %s%n",
                        rank++,
                        c.id(),
                        c.score(),
                        String.join("、", c.charges()),
                        c.termMonths() == -2 ? "death" : c.termMonths() == -1 ? "life" : c.termMonths() + " months",
                        c.shared().isEmpty() ? "wording only" : String.join(", ", c.shared()),
                        c.excerpt());
            }
        }
        out.flush();
        return 0;
    }
}
