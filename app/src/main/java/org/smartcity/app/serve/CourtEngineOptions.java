package org.smartcity.app.serve;

import java.nio.file.Path;
import org.smartcity.app.court.RulesOption;
import org.smartcity.app.web.court.ReferenceEngines;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --model DIR}, {@code --index DIR} and {@code --rules FILE} of {@code smartcity serve} (through {@link CourtServeOptions}) and
 * {@code smartcity demo}: the engines behind the case page's similar-cases and sentencing-reference panels. Both are
 * optional; without them the sentencing calculator still works on the case file's charge and the similar-cases
 * panel says the case library is not configured.
 */
public final class CourtEngineOptions {
    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "A suggestion model from 'smartcity court train' (optional): chooses a charge the case"
                    + " file's charges have no rules for, and ranks similar cases.")
    Path modelDir;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "A case library from 'smartcity court index' (optional): the similar-cases panel and the"
                    + " terms of similar cases in the sentencing reference.")
    Path indexDir;

    @Mixin
    RulesOption rules;

    /** Loads the engines once; a folder that cannot be read is a one-line {@link org.smartcity.app.cli.UserError}. */
    public ReferenceEngines load() {
        return ReferenceEngines.load(rules.rules(), modelDir, indexDir);
    }
}
