package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.court.CourtData;
import org.smartcity.court.search.CaseBasedSuggester;
import org.smartcity.court.search.SimilarCase;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.sentencing.ChargeChoice;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingResult;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.sentencing.TermDistribution;
import org.smartcity.court.sentencing.Wording;
import org.smartcity.court.suggest.ModelStoreException;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.SuggestionStore;

/**
 * The engines behind the case page's "similar cases" and "sentencing reference" panels, loaded once when the server
 * starts: the guideline calculator on the built-in rules or those of {@code --rules} (always there), and optionally the
 * suggestion model, whose term reference weighs the same calculator's term
 * ({@code --model}) and the case library ({@code --index}). Thread-safe: the calculator and the model are immutable
 * and the library search is thread-safe. {@link #close()} releases the library.
 */
public final class ReferenceEngines implements AutoCloseable {
    /** How many similar cases the panel lists. */
    static final int SHOWN = 5;
    /** How many similar cases the empirical term distribution looks at (as {@code smartcity court sentence}). */
    static final int EMPIRICAL = 20;
    /** How many computed references are kept (one per case version; a version's document never changes). */
    static final int CACHED = 256;

    private final SentencingRules rules;
    private final GuidelineCalculator calculator;
    private final Optional<SuggestionModel> model;
    private final Optional<SimilarCaseSearch> library;
    private final int librarySize;
    private final Map<String, CaseReference> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CaseReference> eldest) {
            return size() > CACHED;
        }
    };

    private ReferenceEngines(
            SentencingRules rules, Optional<SuggestionModel> model, Optional<SimilarCaseSearch> library) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.calculator = new GuidelineCalculator(rules);
        this.model = model;
        this.library = library;
        this.librarySize = library.map(SimilarCaseSearch::size).orElse(0);
    }

    /** Only the guideline calculator on the built-in rules: no model, no case library. */
    public static ReferenceEngines calculatorOnly() {
        return new ReferenceEngines(SentencingRules.builtIn(), Optional.empty(), Optional.empty());
    }

    /**
     * Loads the engines once.
     *
     * @param rules the sentencing rules of the calculator and of the model's term reference
     * @param modelDir a model folder from {@code smartcity court train}, or null for none
     * @param indexDir a case library folder from {@code smartcity court index}, or null for the library {@code court
     *     train} wrote into the model folder (none when there is none)
     * @throws UserError naming the folder and the reason when either cannot be read
     */
    public static ReferenceEngines load(SentencingRules rules, Path modelDir, Path indexDir) {
        Optional<SuggestionModel> model = Optional.empty();
        if (modelDir != null) {
            if (!Files.isDirectory(modelDir)) {
                throw new UserError("--model: no model folder " + modelDir + "; train one with: smartcity court train");
            }
            try {
                model = Optional.of(new SuggestionStore().load(modelDir, new GuidelineCalculator(rules)));
            } catch (ModelStoreException e) {
                throw new UserError("--model " + modelDir + ": " + e.getMessage(), e);
            }
        }
        Optional<SimilarCaseSearch> library = Optional.empty();
        Optional<Path> folder = CourtData.library(modelDir, indexDir);
        if (folder.isPresent()) {
            try {
                library = Optional.of(SimilarCaseSearch.open(folder.get()));
            } catch (IOException e) {
                String option = indexDir != null ? "--index " : "--model's library ";
                throw new UserError(option + folder.get() + ": not a case library (" + e.getMessage() + ")", e);
            }
        }
        return new ReferenceEngines(rules, model, library);
    }

    /** True when a case library was given, so the similar-cases panel has something to show. */
    boolean hasLibrary() {
        return library.isPresent();
    }

    /**
     * The engines and their versions, for the audit entry of every reference shown: {@code guideline-calculator}
     * with the rules version, {@code suggestion-model} with its format version and training seed, {@code
     * similar-case-search} with the library's size.
     */
    List<String> versions() {
        List<String> out = new ArrayList<>();
        out.add("guideline-calculator rules " + rules.version() + " (" + rules.origin() + ")");
        model.ifPresent(
                m -> out.add("suggestion-model format " + SuggestionModel.FORMAT_VERSION + " seed " + m.seed()));
        library.ifPresent(l -> out.add("similar-case-search library " + librarySize + " cases"));
        return out;
    }

    /** The rules the calculator applies. */
    SentencingRules rules() {
        return rules;
    }

    /**
     * The reference for one stored version of a case, computed once and then served from a small cache (a
     * version's document never changes; the engines are fixed for the server's life).
     *
     * @param versionKey names the case and its version, e.g. {@code "C-12#3"}
     */
    CaseReference reference(String versionKey, JsonNode document) {
        synchronized (cache) {
            CaseReference known = cache.get(versionKey);
            if (known != null) {
                return known;
            }
        }
        CaseReference computed = reference(document);
        synchronized (cache) {
            cache.put(versionKey, computed);
        }
        return computed;
    }

    /**
     * The reference for a case file (v1 JSON): the facts are {@code offence.text}; the charge is the file's first
     * charge the rules know, else the model's top charge, else the wording of the facts.
     */
    CaseReference reference(JsonNode document) {
        String facts = document.path("offence").path("text").asText("");
        // with a library the model suggests as `court suggest --index` does (the evaluated combination)
        Suggestion suggestion = model.map(m -> library.isPresent()
                        ? new CaseBasedSuggester(m, library.get()).suggest(facts, 3)
                        : m.suggest(facts, 3))
                .orElse(null);
        ChargeChoice choice = choose(document, facts, suggestion);
        SentencingResult result = calculator.calculate(facts, choice);
        if (library.isEmpty()) {
            return new CaseReference(result, List.of(), Optional.empty(), versions());
        }
        List<RankedLabel> charges = suggestion != null
                ? suggestion.charges()
                : choice.charge()
                        .map(c -> List.of(new RankedLabel(c.name(), 1.0, List.of())))
                        .orElse(List.of());
        List<RankedLabel> articles = suggestion != null ? suggestion.articles() : List.of();
        List<SimilarCase> found;
        try {
            found = library.get().similar(facts, charges, articles, EMPIRICAL);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("the case library could not be read: " + e.getMessage(), e);
        }
        return new CaseReference(
                result,
                found.subList(0, Math.min(SHOWN, found.size())),
                found.isEmpty() ? Optional.empty() : Optional.of(TermDistribution.of(found, choice.charge())),
                versions());
    }

    private ChargeChoice choose(JsonNode document, String facts, Suggestion suggestion) {
        for (JsonNode code : document.path("charges")) {
            if (rules.findCharge(code.asText("")).isPresent()) {
                ChargeChoice given = ChargeChoice.given(rules, code.asText());
                return new ChargeChoice(
                        given.charge(),
                        new Wording("案卷所列罪名：" + code.asText(), "the case file's charge: " + code.asText()));
            }
        }
        if (suggestion != null && !suggestion.charges().isEmpty() && !suggestion.lowConfidence()) {
            RankedLabel top = suggestion.charges().get(0);
            return ChargeChoice.fromModel(rules, top.label(), top.probability());
        }
        return ChargeChoice.fromWording(rules, facts);
    }

    @Override
    public void close() {
        if (library.isPresent()) {
            try {
                library.get().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
