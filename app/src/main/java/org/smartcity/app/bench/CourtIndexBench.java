package org.smartcity.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.search.CaseLibrary;
import org.smartcity.court.search.SimilarCaseSearch;
import org.smartcity.court.suggest.RankedLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench court-index [--cases 100000]}: builds the case library from generated CAIL-format cases
 * ({@link SyntheticCases}) and reports the build time and index size, then the warm latency of similar-case search.
 * Wall and CPU times are both reported: on a shared machine the CPU time is the steadier figure.
 */
@Command(
        name = "court-index",
        mixinStandardHelpOptions = true,
        description = "Case library scale: index build time and size for generated cases, warm similar-case latency.")
public final class CourtIndexBench implements Callable<Integer> {
    @Option(names = "--cases", defaultValue = "100000", description = "Generated cases (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--queries", defaultValue = "300", description = "Measured searches (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Where to build (default: a temporary folder, removed).")
    Path indexDir;

    @Override
    public Integer call() throws IOException {
        if (cases < 1 || queries < 1) {
            throw new UserError("--cases and --queries must be at least 1");
        }
        long g0 = System.nanoTime();
        List<CailCase> library = new SyntheticCases(seed).generate(cases);
        double generate_s = (System.nanoTime() - g0) / 1e9;
        long chars = library.stream().mapToLong(c -> c.fact().length()).sum();
        Path dir = indexDir != null ? indexDir : Files.createTempDirectory("smartcity-court-index");
        try {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            CaseLibrary.build(library, dir);
            double build_s = (System.nanoTime() - t0) / 1e9;
            double buildCpu_s = (processCpuNanos() - cpu0) / 1e9;
            long bytes = size(dir);
            library = null;
            SyntheticCases queryGen = new SyntheticCases(seed + 1);
            List<CailCase> warm = queryGen.generate(200);
            List<CailCase> measured = queryGen.generate(queries);
            List<Double> ms = new ArrayList<>();
            List<Double> cpuMs = new ArrayList<>();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            try (SimilarCaseSearch search = SimilarCaseSearch.open(dir)) {
                for (CailCase q : warm) {
                    search(search, q);
                }
                for (CailCase q : measured) {
                    long s = System.nanoTime();
                    long c = threads.getCurrentThreadCpuTime();
                    search(search, q);
                    cpuMs.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                    ms.add((System.nanoTime() - s) / 1e6);
                }
            }
            double[] sorted =
                    ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] sortedCpu =
                    cpuMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.println("| figure | measured | target |");
            System.out.println("|---|---|---|");
            System.out.printf(
                    Locale.ROOT,
                    "| generate %,d cases (%,d characters of facts) | %.1f s | – |%n",
                    cases,
                    chars,
                    generate_s);
            System.out.printf(
                    Locale.ROOT,
                    "| build the Lucene case library (CaseLibrary.build, incl. force-merge) | %.1f s wall (%.1f s CPU), %.1f MB | < 300 s |%n",
                    build_s,
                    buildCpu_s,
                    bytes / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "| similar-case search, top 10 with re-ranking, warm (%d queries after 200) | p50 %.1f ms, p90 %.1f ms wall (CPU p50 %.1f ms, p90 %.1f ms) | < 50 ms |%n",
                    sorted.length,
                    sorted[sorted.length / 2],
                    sorted[(int) (sorted.length * 0.9)],
                    sortedCpu[sortedCpu.length / 2],
                    sortedCpu[(int) (sortedCpu.length * 0.9)]);
        } finally {
            if (indexDir == null) {
                delete(dir);
            }
        }
        return 0;
    }

    private static void search(SimilarCaseSearch search, CailCase q) {
        List<RankedLabel> charges = List.of(new RankedLabel(q.mainCharge(), 0.8, List.of()));
        List<RankedLabel> articles =
                List.of(new RankedLabel(String.valueOf(q.articles().get(0)), 0.8, List.of()));
        search.similar(q.fact(), charges, articles, 10);
    }

    /** CPU time of the whole JVM (all threads: Lucene merges run in their own), or 0 where the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
