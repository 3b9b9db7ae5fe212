package org.smartcity.app.admin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * Exit code 0 when the chain is intact, every case version has its entry and every noted head is still in the
     * chain; 1 naming the first problem. A head noted earlier ({@code --noted N:HASH}, or the last line of an
     * {@code --anchor} file kept outside the database) is what reveals a cut-off tail or a chain rebuilt from some
     * entry on, which the chain alone cannot show.
     */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Verify the hash chain of the audit log (exit 0 intact, 1 with the first bad entry).")
    public static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Option(
                names = "--noted",
                paramLabel = "N:HASH",
                description = "A head printed by an earlier verify (entries:hash); entry N must still have that hash.")
        String noted;

        @picocli.CommandLine.Option(
                names = "--anchor",
                paramLabel = "FILE",
                description = "A file kept outside the database: its last noted head is checked, then the current head"
                        + " is appended to it.")
        Path anchor;

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
                List<String> problems = platform.stateProblems();
                if (!problems.isEmpty()) {
                    problems.forEach(line -> err.println("stored state and audit log disagree: " + line));
                    err.flush();
                    return 1;
                }
                List<NotedHead> heads = new ArrayList<>();
                if (noted != null) {
                    heads.add(NotedHead.parse(noted, "--noted"));
                }
                if (anchor != null) {
                    NotedHead.lastIn(anchor).ifPresent(heads::add);
                }
                for (NotedHead head : heads) {
                    Optional<String> problem = head.problemIn(platform.audit(), v);
                    if (problem.isPresent()) {
                        err.println("audit log does not hold the noted head " + head + ": " + problem.get());
                        err.flush();
                        return 1;
                    }
                }
                out.println("audit log intact: " + v.entries() + " entries, head " + v.headHash());
                if (!heads.isEmpty()) {
                    out.println("noted heads still in the chain: " + heads.size());
                }
                if (anchor != null) {
                    NotedHead.append(anchor, new NotedHead(v.entries(), v.headHash()));
                    out.println("head noted in " + anchor);
                }
                out.flush();
                return 0;
            }
        }
    }
}
