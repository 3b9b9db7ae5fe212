package org.smartcity.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.casefile.CaseFileException;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench court}: how fast a case is read, its text extracted and reviewed, on one
 * thread of a warm JVM: a 60-item case (the largest given case with its evidence repeated) and the
 * throughput over the given cases.
 */
@Command(
        name = "court",
        mixinStandardHelpOptions = true,
        description = "Case review speed: one 60-item case, and cases per minute on one thread (warm).")
public final class CourtBench implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(
            names = "--cases",
            defaultValue = "../shared/specs/examples",
            description = "Folder of v1 case files (default: ${DEFAULT-VALUE}).")
    Path cases;

    @Option(
            names = "--seconds",
            defaultValue = "3",
            description = "Measuring time per figure after warm-up (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Override
    public Integer call() throws IOException, CaseFileException {
        List<byte[]> documents = caseFiles();
        CaseFileReader reader = new CaseFileReader();
        CaseReviewer reviewer;
        try {
            reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        } catch (Exception e) {
            throw new UserError("cannot load the evidence standards: " + e.getMessage(), e);
        }
        byte[] big = sixtyItems(flawedmost(documents, reader, reviewer));
        // warm-up
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (byte[] d : documents) {
                reviewer.review(reader.read("bench", d));
            }
            reviewer.review(reader.read("bench", big));
        }
        List<Double> bigMs = new ArrayList<>();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        int findings = 0;
        while (System.nanoTime() < until || bigMs.size() < 20) {
            long start = System.nanoTime();
            findings = reviewer.review(reader.read("bench", big)).findings().size();
            bigMs.add((System.nanoTime() - start) / 1e6);
        }
        long reviewed = 0;
        long start = System.nanoTime();
        until = start + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            for (byte[] d : documents) {
                reviewer.review(reader.read("bench", d));
                reviewed++;
            }
        }
        double perMinute = reviewed / ((System.nanoTime() - start) / 1e9) * 60;
        double[] sorted =
                bigMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("| figure | measured | target |");
        System.out.println("|---|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| one 60-item case, read + extract + review (median of %d, warm) | %.2f ms (p90 %.2f ms, %d findings) | < 50 ms |%n",
                sorted.length,
                sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)],
                findings);
        System.out.printf(
                Locale.ROOT,
                "| throughput on one thread over %d cases of %s | %,.0f cases/min | ≥ 1,000 cases/min |%n",
                documents.size(),
                cases,
                perMinute);
        return 0;
    }

    private List<byte[]> caseFiles() throws IOException {
        if (!Files.isDirectory(cases)) {
            throw new UserError("no such folder of case files: " + cases);
        }
        List<byte[]> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(cases)) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                JsonNode root = JSON.readTree(bytes);
                if (root.isObject() && root.has("formatVersion") && root.has("evidence")) {
                    documents.add(bytes);
                }
            }
        }
        if (documents.isEmpty()) {
            throw new UserError("no v1 case files (objects with formatVersion and evidence) in " + cases);
        }
        return documents;
    }

    /** The case with the most findings (then the most evidence), so that the 60-item case exercises the rules. */
    private static byte[] flawedmost(List<byte[]> documents, CaseFileReader reader, CaseReviewer reviewer)
            throws IOException, CaseFileException {
        byte[] best = null;
        int bestFindings = -1;
        int bestItems = -1;
        for (byte[] d : documents) {
            int findings = reviewer.review(reader.read("bench", d)).findings().size();
            int items = JSON.readTree(d).get("evidence").size();
            if (findings > bestFindings || (findings == bestFindings && items > bestItems)) {
                best = d;
                bestFindings = findings;
                bestItems = items;
            }
        }
        return best;
    }

    /** The case with its evidence items repeated (with new ids) up to 60. */
    private static byte[] sixtyItems(byte[] document) throws IOException {
        ObjectNode largest = (ObjectNode) JSON.readTree(document);
        ArrayNode evidence = (ArrayNode) largest.get("evidence");
        int original = evidence.size();
        for (int i = 0; evidence.size() < 60; i++) {
            ObjectNode copy = evidence.get(i % original).deepCopy();
            copy.put("id", copy.path("id").asText() + "-copy" + (i / original + 1));
            evidence.add(copy);
        }
        return JSON.writeValueAsBytes(largest);
    }
}
