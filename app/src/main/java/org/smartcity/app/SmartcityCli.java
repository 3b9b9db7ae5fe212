package org.smartcity.app;

import org.smartcity.app.cli.UserError;
import org.smartcity.app.traffic.TrafficCommand;
import org.smartcity.traffic.cityflow.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code smartcity} command line. Exit code 0 on success, 1 on a user error, 2 on bad usage. */
@Command(
        name = "smartcity",
        mixinStandardHelpOptions = true,
        version = "smartcity 0.1.0",
        description = "City Brain traffic management and smart-court case review.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            TrafficCommand.class,
            BenchCommand.class,
            org.smartcity.app.court.CourtCommand.class,
            org.smartcity.app.serve.ServeCommand.class,
            org.smartcity.app.admin.AdminCommand.class,
            org.smartcity.app.admin.AuditCommand.class,
            CdsTrainingCommand.class
        })
public final class SmartcityCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** Builds the command tree; user errors print one clear line and exit with code 1. */
    public static CommandLine newCommandLine() {
        return handleErrors(new CommandLine(new SmartcityCli()));
    }

    /** Makes {@code cli} print user errors as one line and exit with code 1 (as the whole command tree does). */
    static CommandLine handleErrors(CommandLine cli) {
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError || e instanceof InvalidInputException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return 1;
            }
            if (e instanceof java.io.IOException io) {
                commandLine.getErr().println("error: " + describe(io));
                return 1;
            }
            throw e;
        });
        return cli;
    }

    /** A one-line description of a file-system failure, naming the path. */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "exists and is not a folder: " + e.getMessage();
        }
        return "cannot read or write a file: " + e.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
