package org.smartcity.app.court;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.search.CaseLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity court index --data FILE.jsonl --index DIR}: builds the similar-case library. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = "Build the Lucene case library from CAIL-format JSON Lines.")
public final class IndexCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE.jsonl", description = "CAIL2018 JSON Lines.")
    Path data;

    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (replaced).")
    Path indexDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<CailCase> cases = CourtData.cases(data);
        long t0 = System.nanoTime();
        try {
            CaseLibrary.build(cases, indexDir);
        } catch (IOException e) {
            throw new UserError("cannot write index " + indexDir + ": " + e.getMessage());
        }
        spec.commandLine()
                .getOut()
                .printf("indexed %d cases in %.1f s → %s%n", cases.size(), (System.nanoTime() - t0) / 1e9, indexDir);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
