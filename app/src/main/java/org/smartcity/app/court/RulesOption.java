package org.smartcity.app.court;

import java.nio.file.Path;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.sentencing.SentencingRulesException;
import org.smartcity.court.sentencing.SentencingRulesReader;
import picocli.CommandLine.Option;

/**
 * {@code --rules FILE}: the sentencing rules of every command that calculates a guideline term — the calculator
 * itself ({@code court sentence}, the case page's reference) and the suggestion model's term reference, which weighs
 * the calculator's term ({@code court suggest}, {@code court evaluate}). Without it, the built-in 2021 national rules.
 */
public final class RulesOption {
    @Option(
            names = "--rules",
            paramLabel = "FILE",
            description = "Sentencing rules (a province's amounts) instead of the built-in 2021 national defaults.")
    Path rulesFile;

    /** The rules given, or the built-in ones; a file that cannot be read is a one-line {@link UserError}. */
    public SentencingRules rules() {
        if (rulesFile == null) {
            return SentencingRules.builtIn();
        }
        try {
            return new SentencingRulesReader().read(rulesFile);
        } catch (SentencingRulesException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The guideline calculator on {@link #rules()}. */
    public GuidelineCalculator calculator() {
        return new GuidelineCalculator(rules());
    }
}
