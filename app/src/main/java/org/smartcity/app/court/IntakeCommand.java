package org.smartcity.app.court;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.intake.CaseFileIntake;
import org.smartcity.court.intake.DocumentIntake;
import org.smartcity.court.intake.IntakeException;
import org.smartcity.court.intake.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smartcity court intake FILE.pdf|FILE.docx|DIR … [--out case.json] [--json]}: reads case files as police hand
 * them on (one document of the whole file, or a folder of its documents: PDF, PNG/JPEG/TIFF scans, DOCX, TXT) and
 * writes case file JSON v1 (with an {@code intake} block: page and confidence per field, fields not read). Exit code 0
 * when every file was taken in, 1 when one could not be (one line on standard error naming file and page).
 */
@Command(
        name = "intake",
        mixinStandardHelpOptions = true,
        description = "Read case files (a PDF, scan, DOCX or TXT of the whole file, or a folder of its documents) into"
                + " case file JSON v1 for review.")
public final class IntakeCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "Case files: one document (PDF, PNG/JPEG/TIFF, DOCX, TXT) or one folder of documents per case"
                    + " (taken in file-name order).")
    List<Path> inputs;

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description = "Write the case file JSON here (a folder when several inputs are given).")
    Path out;

    @Option(names = "--json", description = "Print the case file JSON on standard output.")
    boolean json;

    @Option(names = "--lang", paramLabel = "zh", description = "Language of the documents (only zh is read).")
    String lang = "zh";

    @Option(names = "--no-ocr", description = "Do not OCR pages without a text layer (they are reported unreadable).")
    boolean noOcr;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!"zh".equals(lang)) {
            throw new UserError("--lang " + lang + ": only zh (Chinese) case files are read");
        }
        if (inputs.size() > 1 && out != null && Files.isRegularFile(out)) {
            throw new UserError("--out " + out + ": give a folder when several files are taken in");
        }
        DocumentIntake intake = noOcr ? new DocumentIntake(null, 1) : new DocumentIntake();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path in : inputs) {
            CaseFileIntake.Result r;
            try {
                r = intake.read(in);
            } catch (IntakeException e) {
                err.println("error: " + e.getMessage());
                failed++;
                continue;
            }
            try {
                String text = mapper.writeValueAsString(r.caseFile());
                if (out != null) {
                    Path target = inputs.size() > 1 || Files.isDirectory(out)
                            ? out.resolve(in.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json")
                            : out;
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.writeString(target, text + "\n");
                }
                if (json) {
                    stdout.println(text);
                } else {
                    stdout.println(summary(in, r, out == null));
                }
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        stdout.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String summary(Path in, CaseFileIntake.Result r, boolean hintOut) {
        var c = r.caseFile();
        var b = new StringBuilder();
        b.append(in.getFileName())
                .append(": ")
                .append(c.path("caseId").asText())
                .append(", ")
                .append(r.pages().size())
                .append(" pages (")
                .append(c.path("intake").path("ocrPages").asInt())
                .append(" by OCR), ")
                .append(c.path("evidence").size())
                .append(" evidence items, ")
                .append(c.path("persons").size())
                .append(" persons");
        Provenance p = r.provenance();
        long low =
                p.fields().values().stream().filter(s -> s.confidence() < 0.8).count();
        b.append(", ")
                .append(p.fields().size())
                .append(" fields read (")
                .append(low)
                .append(" below 0.8 confidence)");
        b.append(", ").append(p.unreadFields().size()).append(" not read");
        for (Provenance.Unread u : p.unreadFields()) {
            b.append("\n  not read: ")
                    .append(u.field())
                    .append(" (page ")
                    .append(u.page())
                    .append("): ")
                    .append(u.reason());
        }
        for (Map.Entry<String, Provenance.Source> e : p.fields().entrySet()) {
            if (e.getValue().confidence() < 0.8) {
                b.append("\n  low confidence: ")
                        .append(e.getKey())
                        .append(" (page ")
                        .append(e.getValue().page())
                        .append(", ")
                        .append(e.getValue().confidence())
                        .append(")");
            }
        }
        if (hintOut) {
            b.append("\n  (write the case file with --out FILE, or print it with --json)");
        }
        return b.toString();
    }
}
