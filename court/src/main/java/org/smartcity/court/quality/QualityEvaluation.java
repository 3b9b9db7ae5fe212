package org.smartcity.court.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.smartcity.court.casefile.CaseFileException;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.review.CaseReviewer;

/**
 * Scores a reviewer against corpus folders: every {@code *.json} case file beside a folder's
 * {@code expected.json} is reviewed and its findings matched by identity ({@link FindingKey}) with the expected
 * ones. Every case file must have an entry and every entry a file, so that nothing goes unscored silently.
 * Thread-safe when the reviewer is; holds no state between calls.
 *
 * <pre>{@code
 * QualityReport r = new QualityEvaluation(reviewer).evaluate(List.of(Path.of("corpus/set-a")));
 * r.overall().precision();
 * }</pre>
 */
public final class QualityEvaluation {
    private final CaseReviewer reviewer;
    private final CaseFileReader reader = new CaseFileReader();

    public QualityEvaluation(CaseReviewer reviewer) {
        this.reviewer = reviewer;
    }

    /**
     * Reviews and scores every case file of the folders.
     *
     * @throws CorpusException when a folder has no valid {@code expected.json}, a case file cannot be read, or
     *     the case files and the entries of {@code expected.json} do not match one to one
     */
    public QualityReport evaluate(List<Path> folders) throws CorpusException {
        List<FileOutcome> out = new ArrayList<>();
        for (Path folder : folders) {
            out.addAll(evaluateFolder(folder));
        }
        return new QualityReport(out);
    }

    private List<FileOutcome> evaluateFolder(Path folder) throws CorpusException {
        if (!Files.isDirectory(folder)) {
            throw new CorpusException(folder.toString(), "$", "no such folder");
        }
        ExpectedFindings expected = ExpectedFindings.read(folder);
        List<Path> caseFiles = caseFiles(folder);
        Set<String> names = new TreeSet<>();
        caseFiles.forEach(p -> names.add(p.getFileName().toString()));
        for (String listed : expected.files()) {
            if (!names.contains(listed)) {
                throw new CorpusException(
                        folder.resolve(ExpectedFindings.FILE_NAME).toString(),
                        "$['" + listed + "']",
                        "no such case file in the folder");
            }
        }
        List<FileOutcome> out = new ArrayList<>();
        for (Path p : caseFiles) {
            String name = p.getFileName().toString();
            if (!expected.lists(name)) {
                throw new CorpusException(
                        p.toString(), "$", "has no entry in " + folder.resolve(ExpectedFindings.FILE_NAME));
            }
            List<Finding> findings;
            try {
                findings = reviewer.review(reader.read(p)).findings();
            } catch (CaseFileException e) {
                throw new CorpusException(p.toString(), e.path(), e.reason(), e);
            }
            Set<FindingKey> raised = new TreeSet<>();
            findings.forEach(f -> raised.add(FindingKey.of(f)));
            out.add(new FileOutcome(p.toString(), expected.of(name), raised));
        }
        return out;
    }

    private static List<Path> caseFiles(Path folder) throws CorpusException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(ExpectedFindings.FILE_NAME))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException(folder.toString(), "$", "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
