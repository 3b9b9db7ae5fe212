package org.smartcity.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the CLI with its exit code and captured output, for command tests.
 *
 * @param code the exit code
 * @param out what the command printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int code, String out, String err) {
    /** Runs {@code smartcity ARGS…} in this JVM. */
    public static CliRun of(String... args) {
        CommandLine cli = SmartcityCli.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
