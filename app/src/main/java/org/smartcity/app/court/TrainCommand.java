package org.smartcity.app.court;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.search.CaseLibrary;
import org.smartcity.court.suggest.GuidelineTerm;
import org.smartcity.court.suggest.ModelStoreException;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.SuggestionStore;
import org.smartcity.court.suggest.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity court train --data FILE.jsonl --model DIR}: trains the charge, article and term model. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = "Train the charge, article and term model on CAIL-format JSON Lines.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "CAIL2018 JSON Lines.")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Folder to write the model to.")
    Path modelDir;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (same data + seed = same model).")
    long seed;

    @Option(
            names = "--no-library",
            description = "Do not index the training cases as the model's case library (DIR/library), which"
                    + " suggest and evaluate consult by default.")
    boolean noLibrary;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CailCase> cases = CourtData.cases(data);
        long t0 = System.nanoTime();
        // the guideline term is not part of the saved model: whoever loads it gives the rules (--rules)
        SuggestionModel model =
                SuggestionModel.train(cases, TrainingOptions.defaults().withSeed(seed), GuidelineTerm.NONE);
        try {
            new SuggestionStore().save(model, modelDir);
        } catch (ModelStoreException e) {
            throw new UserError(e.getMessage());
        }
        CourtData.keepLabels(data, modelDir);
        Path library = modelDir.resolve(CourtData.LIBRARY_FOLDER);
        if (noLibrary) {
            CourtData.removeStale(library);
        } else {
            try {
                CaseLibrary.build(cases, library);
            } catch (IOException e) {
                throw new UserError("cannot write the case library " + library + ": " + e.getMessage());
            }
        }
        spec.commandLine()
                .getOut()
                .printf(
                        "trained on %d cases in %.1f s: %d charges, %d articles, %d terms → %s%s%n",
                        cases.size(),
                        (System.nanoTime() - t0) / 1e9,
                        model.charges().size(),
                        model.articles().size(),
                        model.vocabulary().size(),
                        modelDir,
                        noLibrary ? "" : " (case library: " + library + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
