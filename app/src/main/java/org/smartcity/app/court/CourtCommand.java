package org.smartcity.app.court;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity court …}: the smart-court case-handling assistant. */
@Command(
        name = "court",
        mixinStandardHelpOptions = true,
        description =
                "Smart court: case-file intake, case review, charge and article suggestion, similar cases, sentencing reference, evaluation.",
        subcommands = {
            ReviewCommand.class,
            TrainCommand.class,
            SuggestCommand.class,
            EvaluateCommand.class,
            IndexCommand.class,
            SimilarCommand.class,
            SentenceCommand.class,
            IntakeCommand.class
        })
public final class CourtCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
