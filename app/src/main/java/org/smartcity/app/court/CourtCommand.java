package org.smartcity.app.court;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity court …}: the smart-court case-handling assistant. */
@Command(
        name = "court",
        mixinStandardHelpOptions = true,
        description = "Smart court: review criminal case files against evidence standards.",
        subcommands = {ReviewCommand.class})
public final class CourtCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
