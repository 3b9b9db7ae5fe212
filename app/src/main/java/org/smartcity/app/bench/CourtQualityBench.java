package org.smartcity.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.quality.CorpusException;
import org.smartcity.court.quality.FileOutcome;
import org.smartcity.court.quality.FindingKey;
import org.smartcity.court.quality.KindScore;
import org.smartcity.court.quality.QualityEvaluation;
import org.smartcity.court.quality.QualityReport;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smartcity bench court-quality [--cases DIR]… [--json] [--summary]}: reviews every case file of corpus folders (each
 * with its {@code expected.json}) and prints precision, recall and F1 per finding kind and overall, the clean files
 * that got findings, and per file the false positives and misses. Exit code 0 whatever the scores (they are
 * measurements); 1 with a one-line error when a corpus cannot be read.
 */
@Command(
        name = "court-quality",
        mixinStandardHelpOptions = true,
        description = "Case review quality on corpus folders with expected.json: precision, recall, F1 per kind.")
public final class CourtQualityBench implements Callable<Integer> {
    /**
     * The repository's own development corpora, relative to the repository root; those present are the default.
     * The holdout {@code blind/set-c} is left out: score it explicitly, with {@code --summary}.
     */
    static final List<Path> OWN_CORPORA = List.of(
            Path.of("court", "src", "test", "resources", "cases"),
            Path.of("court", "src", "test", "resources", "blind", "set-a"),
            Path.of("court", "src", "test", "resources", "blind", "set-b"));

    @Option(
            names = "--cases",
            paramLabel = "DIR",
            description = "Corpus folder of case files and expected.json (repeatable; default: the repository's own"
                    + " corpora under court/src/test/resources).")
    List<Path> cases;

    @Option(names = "--json", description = "Print the scores and differences as one JSON document.")
    boolean json;

    @Option(
            names = "--summary",
            description = "Figures only: no file names (for a holdout set that must not be tuned on).")
    boolean summary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> folders = cases == null || cases.isEmpty() ? ownCorpora() : cases;
        QualityReport report;
        try {
            CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
            report = new QualityEvaluation(reviewer).evaluate(folders);
        } catch (CorpusException e) {
            throw new UserError(e.getMessage(), e);
        } catch (Exception e) {
            throw new UserError("cannot load the evidence standards: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(report, folders, summary));
        } else {
            text(out, report, folders, summary);
        }
        out.flush();
        return 0;
    }

    private static List<Path> ownCorpora() {
        List<Path> present = OWN_CORPORA.stream().filter(Files::isDirectory).toList();
        if (present.isEmpty()) {
            throw new UserError("no corpus folder given and none of " + OWN_CORPORA
                    + " exists here; run from the repository root or pass --cases DIR");
        }
        return present;
    }

    private static void text(PrintWriter out, QualityReport report, List<Path> folders, boolean summary) {
        out.printf(
                Locale.ROOT,
                "court review quality: %d case files in %s%n%n",
                report.files().size(),
                folders);
        out.println("| kind | expected | raised | matched | precision | recall | F1 |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        report.byKind().forEach((kind, s) -> row(out, kind, s));
        row(out, "**all**", report.overall());
        List<FileOutcome> clean = report.cleanFiles();
        List<FileOutcome> noisy = report.cleanFilesWithFindings();
        out.printf(Locale.ROOT, "%nclean files with findings: %d of %d%n", noisy.size(), clean.size());
        if (!summary) {
            noisy.forEach(f -> out.println("  " + f.file() + ": " + f.raised()));
        }
        List<String> lines = report.differenceLines();
        out.printf(
                Locale.ROOT,
                "%nfiles that differ: %d of %d%n",
                lines.size(),
                report.files().size());
        if (!summary) {
            lines.forEach(l -> out.println("  " + l));
        }
    }

    private static void row(PrintWriter out, String kind, KindScore s) {
        out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n",
                kind,
                s.truePositives() + s.misses(),
                s.truePositives() + s.falsePositives(),
                s.truePositives(),
                s.precision(),
                s.recall(),
                s.f1());
    }

    private static String json(QualityReport report, List<Path> folders, boolean summary) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode corpora = root.putArray("corpora");
        folders.forEach(f -> corpora.add(f.toString()));
        root.put("files", report.files().size());
        ObjectNode kinds = root.putObject("byKind");
        for (Map.Entry<String, KindScore> e : report.byKind().entrySet()) {
            score(kinds.putObject(e.getKey()), e.getValue());
        }
        score(root.putObject("overall"), report.overall());
        root.put("cleanFiles", report.cleanFiles().size());
        root.put("cleanFilesWithFindingsCount", report.cleanFilesWithFindings().size());
        root.put("filesThatDiffer", report.differences().size());
        if (summary) {
            return root.toString();
        }
        ArrayNode noisy = root.putArray("cleanFilesWithFindings");
        report.cleanFilesWithFindings().forEach(f -> noisy.add(f.file()));
        ArrayNode diffs = root.putArray("differences");
        for (FileOutcome f : report.differences()) {
            ObjectNode d = diffs.addObject();
            d.put("file", f.file());
            keys(d.putArray("falsePositives"), f.falsePositives());
            keys(d.putArray("misses"), f.misses());
        }
        return root.toString();
    }

    private static void score(ObjectNode n, KindScore s) {
        n.put("truePositives", s.truePositives());
        n.put("falsePositives", s.falsePositives());
        n.put("misses", s.misses());
        n.put("precision", s.precision());
        n.put("recall", s.recall());
        n.put("f1", s.f1());
    }

    private static void keys(ArrayNode a, Set<FindingKey> keys) {
        for (FindingKey k : keys) {
            ObjectNode o = a.addObject();
            o.put("kind", k.kind());
            ArrayNode ev = o.putArray("evidence");
            k.evidence().forEach(ev::add);
            if (k.missingKind() == null) {
                o.putNull("missingKind");
            } else {
                o.put("missingKind", k.missingKind());
            }
        }
    }
}
