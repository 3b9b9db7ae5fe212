package org.smartcity.app.admin;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code smartcity audit verify}: walks the audit chain and ties every case version to its entry. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check the audit log.",
        subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Exit code 0 when the chain is intact and every case version has its entry; 1 naming the first bad entry. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Verify the hash chain of the audit log (exit 0 intact, 1 with the first bad entry).")
    public static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Platform platform = store.open()) {
                AuditVerification v = platform.audit().verify();
                if (!v.intact()) {
                    AuditVerification.Problem p = v.problem().get();
                    err.println("audit log broken at entry " + p.seq() + ": " + p.reason() + " (" + v.entries()
                            + " entries before it are intact)");
                    err.flush();
                    return 1;
                }
                List<String> problems = platform.cases().consistencyProblems();
                if (!problems.isEmpty()) {
                    problems.forEach(line -> err.println("case store and audit log disagree: " + line));
                    err.flush();
                    return 1;
                }
                out.println("audit log intact: " + v.entries() + " entries, head " + v.headHash());
                out.flush();
                return 0;
            }
        }
    }
}
