package org.smartcity.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.court.CourtData;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.evaluate.Folds;
import org.smartcity.court.search.CaseBasedSuggester;
import org.smartcity.court.search.CaseLibrary;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench court-suggest --data FILE.jsonl}: the issue-5 speed figures on real judgments. Holds out
 * one fifth of the file (the seeded split of {@code court evaluate --folds 5}, fold 1), trains the model and builds
 * an in-memory case library on the rest (both timed), then measures, in one warm JVM, the latency of a text-only
 * suggestion, a case-based suggestion ({@code suggest --index}) and a similar-case search on the held-out facts.
 * Wall and thread-CPU times are both reported: on a shared machine the CPU time is the steadier figure. The JIT
 * matters: the launcher's short-command JVM compiles with C1 only; {@code SMARTCITY_JAVA_OPTS=-Xmx4g} gives the full
 * JIT the server runs with.
 */
@Command(
        name = "court-suggest",
        mixinStandardHelpOptions = true,
        description = "Court suggestion speed on real judgments: training time, warm suggestion and search latency.")
public final class CourtSuggestBench implements Callable<Integer> {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CAIL2018 JSON Lines.")
    Path data;

    @Option(
            names = "--warmup",
            defaultValue = "300",
            description = "Calls of each kind before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the split and the model.")
    long seed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (warmup < 0) {
            throw new UserError("--warmup must be at least 0");
        }
        List<CailCase> cases = CourtData.cases(data);
        if (cases.size() < 25) {
            throw new UserError(data + ": " + cases.size() + " cases; the benchmark needs at least 25");
        }
        Folds folds = new Folds(cases.size(), 5, seed);
        List<CailCase> train = folds.select(cases, 0, false);
        List<CailCase> held = folds.select(cases, 0, true);

        long t0 = System.nanoTime();
        SuggestionModel model = SuggestionModel.train(
                train, TrainingOptions.defaults().withSeed(seed), new GuidelineCalculator(SentencingRules.builtIn()));
        double train_s = (System.nanoTime() - t0) / 1e9;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        long i0 = System.nanoTime();
        CaseLibrary.build(train, dir);
        double index_s = (System.nanoTime() - i0) / 1e9;

        try (SimilarCaseSearch search = new SimilarCaseSearch(dir)) {
            CaseBasedSuggester caseBased = new CaseBasedSuggester(model, search);
            Latency text = measure(held, f -> model.suggest(f, 3));
            Latency withLibrary = measure(held, f -> caseBased.suggest(f, 3));
            Latency similar = measure(held, f -> {
                Suggestion s = model.suggest(f, 3);
                search.similar(f, s.charges(), s.articles(), 10);
            });
            Latency similarOnly = measure(held, f -> search.similar(f, List.of(), List.of(), 10));
            PrintWriter out = spec.commandLine().getOut();
            out.println("| figure | measured | target |");
            out.println("|---|---|---|");
            out.printf(
                    Locale.ROOT,
                    "| train on %,d cases (4/5 of %s) | %.1f s | < 120 s on 4,000 |%n",
                    train.size(),
                    data.getFileName(),
                    train_s);
            out.printf(Locale.ROOT, "| index the same cases in memory | %.1f s | – |%n", index_s);
            text.print(out, "text-only suggestion (`court suggest`)", held.size());
            withLibrary.print(
                    out,
                    "case-based suggestion (`court suggest --index`: model + " + CaseBasedSuggester.NEIGHBOURS
                            + " similar cases)",
                    held.size());
            similar.print(out, "suggestion + similar-case search, top 10 (`court similar --model`)", held.size());
            similarOnly.print(out, "similar-case search alone, top 10 (`court similar` without a model)", held.size());
            out.flush();
        }
        return 0;
    }

    /** Percentiles of one kind of call, wall and thread-CPU milliseconds. */
    private record Latency(double[] wall_ms, double[] cpu_ms) {
        void print(PrintWriter out, String what, int queries) {
            out.printf(
                    Locale.ROOT,
                    "| %s, warm, %d held-out facts | p50 %.1f ms, p90 %.1f ms, p99 %.1f ms wall (CPU p50 %.1f ms) | < 50 ms |%n",
                    what,
                    queries,
                    at(wall_ms, 0.5),
                    at(wall_ms, 0.9),
                    at(wall_ms, 0.99),
                    at(cpu_ms, 0.5));
        }

        private static double at(double[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))];
        }
    }

    private Latency measure(List<CailCase> facts, Consumer<String> call) {
        for (int i = 0; i < warmup; i++) {
            call.accept(facts.get(i % facts.size()).fact());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[facts.size()];
        double[] cpu = new double[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            call.accept(facts.get(i).fact());
            wall[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Latency(wall, cpu);
    }
}
