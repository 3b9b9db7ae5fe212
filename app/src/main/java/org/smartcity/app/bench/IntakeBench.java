package org.smartcity.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.casefile.CaseFileException;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.intake.CaseDocuments;
import org.smartcity.court.intake.CaseFileIntake;
import org.smartcity.court.intake.DocumentIntake;
import org.smartcity.court.intake.FieldAccuracy;
import org.smartcity.court.intake.FindingAgreement;
import org.smartcity.court.intake.IntakeException;
import org.smartcity.court.intake.PageText;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smartcity bench intake [--dir DIR]}: takes in every case file of a folder (PDF, scan, DOCX, TXT, or a
 * subfolder of documents) and compares it with the case-file JSON
 * it was made from ({@code NAME.json} beside it, or in {@code ../examples/}; a {@code -scan} suffix is ignored): time
 * per page and pages per second (text layer and OCR apart), per-field accuracy, and the agreement (F1) of the review
 * of the intake with the review of the original. Exit code 0 whatever the figures; 1 when a file fails intake.
 */
@Command(
        name = "intake",
        mixinStandardHelpOptions = true,
        description = "Case-file intake: pages/s, per-field accuracy and review agreement against the source JSON.")
public final class IntakeBench implements Callable<Integer> {
    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Folder of case-file PDFs (default: ../shared/specs/documents).")
    Path dir = Path.of("..", "shared", "specs", "documents");

    @Option(names = "--fields", description = "Print the accuracy of every field, not only the summary.")
    boolean fields;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no such folder");
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p ->
                            Files.isDirectory(p) ? !p.getFileName().toString().startsWith(".") : isDocument(p))
                    .sorted()
                    .toList();
        }
        if (pdfs.isEmpty()) {
            throw new UserError(dir + ": no case files (PDF, scan image, DOCX, TXT or folder of documents)");
        }
        PrintWriter out = spec.commandLine().getOut();
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        CaseFileReader reader = new CaseFileReader();
        ObjectMapper mapper = new ObjectMapper();
        DocumentIntake intake = new DocumentIntake();
        FieldAccuracy textAcc = new FieldAccuracy();
        FieldAccuracy ocrAcc = new FieldAccuracy();
        FindingAgreement textAgree = new FindingAgreement();
        FindingAgreement ocrAgree = new FindingAgreement();
        double[] seconds = new double[2];
        int[] pages = new int[2];
        int failed = 0;
        out.printf("%-26s %5s %4s %8s %8s %9s %s%n", "file", "pages", "ocr", "s", "s/page", "fields", "review");
        for (Path pdf : pdfs) {
            long t0 = System.nanoTime();
            CaseFileIntake.Result r;
            try {
                r = intake.read(pdf);
            } catch (IntakeException e) {
                out.println("error: " + e.getMessage());
                failed++;
                continue;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            boolean ocr = r.pages().stream().anyMatch(PageText::ocr);
            int k = ocr ? 1 : 0;
            seconds[k] += s;
            pages[k] += r.pages().size();
            Path truthFile = truthFor(pdf);
            String fieldsText = "-";
            String reviewText = "no source JSON";
            if (truthFile != null) {
                JsonNode truth = mapper.readTree(truthFile.toFile());
                FieldAccuracy one = new FieldAccuracy();
                one.add(truth, r.caseFile());
                (ocr ? ocrAcc : textAcc).add(truth, r.caseFile());
                fieldsText = String.format(Locale.ROOT, "%.3f", one.overall());
                try {
                    var original = reviewer.review(reader.read(truthFile));
                    var taken = reviewer.review(reader.read(pdf.getFileName().toString(), r.caseFile()));
                    FindingAgreement a = new FindingAgreement();
                    Set<String> diff = a.add(original, taken);
                    (ocr ? ocrAgree : textAgree).add(original, taken);
                    reviewText = String.format(Locale.ROOT, "F1 %.2f", a.f1()) + (diff.isEmpty() ? "" : " " + diff);
                } catch (CaseFileException e) {
                    reviewText = "review failed: " + e.getMessage();
                    failed++;
                }
            }
            out.printf(
                    Locale.ROOT,
                    "%-26s %5d %4s %8.2f %8.2f %9s %s%n",
                    pdf.getFileName(),
                    r.pages().size(),
                    ocr ? "yes" : "no",
                    s,
                    s / r.pages().size(),
                    fieldsText,
                    reviewText);
        }
        for (int k = 0; k < 2; k++) {
            if (pages[k] > 0) {
                FieldAccuracy acc = k == 0 ? textAcc : ocrAcc;
                FindingAgreement ag = k == 0 ? textAgree : ocrAgree;
                if (acc.counts().isEmpty()) {
                    out.printf(
                            Locale.ROOT,
                            "%s: %d pages in %.1f s (%.2f pages/s, %.2f s/page); no source JSON to compare with%n",
                            k == 0 ? "born-digital" : "scanned",
                            pages[k],
                            seconds[k],
                            pages[k] / seconds[k],
                            seconds[k] / pages[k]);
                    continue;
                }
                out.printf(
                        Locale.ROOT,
                        "%s: %d pages in %.1f s (%.2f pages/s, %.2f s/page); field accuracy %.3f; review agreement F1 %.3f"
                                + " (%d agreed, %d missed, %d extra)%n",
                        k == 0 ? "born-digital" : "scanned",
                        pages[k],
                        seconds[k],
                        pages[k] / seconds[k],
                        seconds[k] / pages[k],
                        acc.overall(),
                        ag.f1(),
                        ag.agreed(),
                        ag.missed(),
                        ag.extra());
                if (fields) {
                    for (Map.Entry<String, int[]> e : acc.counts().entrySet()) {
                        out.printf(
                                Locale.ROOT,
                                "  %-32s %4d/%-4d %.3f%n",
                                e.getKey(),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[0] / (double) e.getValue()[1]);
                    }
                }
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** A case file in one document: a PDF, a scan image, a DOCX or a TXT (JSON files are the truth, not inputs). */
    private static boolean isDocument(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return Files.isRegularFile(p) && dot > 0 && CaseDocuments.extensions().contains(n.substring(dot + 1));
    }

    /**
     * {@code NAME.json} (without a {@code -scan} or {@code -docs} suffix) beside the case file or in {@code
     * ../examples/}; null if none.
     */
    static Path truthFor(Path pdf) {
        String base = pdf.getFileName()
                .toString()
                .replaceFirst("(?i)\\.(pdf|png|jpe?g|tiff?|docx|txt)$", "")
                .replaceFirst("-(scan|docs)$", "");
        List<Path> candidates = new ArrayList<>();
        Path parent = pdf.toAbsolutePath().getParent();
        candidates.add(parent.resolve(base + ".json"));
        if (parent.getParent() != null) {
            candidates.add(parent.getParent().resolve("examples").resolve(base + ".json"));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }
}
