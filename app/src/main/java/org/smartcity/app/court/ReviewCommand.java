package org.smartcity.app.court;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import org.smartcity.court.casefile.CaseFileException;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.casefile.ReadResult;
import org.smartcity.court.finding.Language;
import org.smartcity.court.report.TextReport;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.review.Review;
import org.smartcity.court.review.ReviewJson;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;
import org.smartcity.court.standard.StandardException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code smartcity court review FILE|DIR …}: reviews case files and prints a report per case (or, with
 * {@code --json}, the review JSON; one document per line when there are several). Exit code 0 when every file was
 * reviewed (findings are not errors); 1 when a file could not be read (the others are still reviewed), with one
 * line per unreadable file on standard error.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = "Review case files (JSON v1) against the evidence standards; folders are read for *.json.")
public final class ReviewCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Case files, or folders of *.json case files.")
    List<Path> inputs;

    @Option(names = "--json", description = "Print the review JSON (one document per line for several cases).")
    boolean json;

    @Option(
            names = "--standards",
            paramLabel = "DIR",
            description = "Folder of standard files that replace or add charges.")
    Path standardsDir;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            description = "Language of messages (default: the case's language).")
    String lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Language language = null;
        if (lang != null) {
            try {
                language = Language.fromCode(lang);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        CaseReviewer reviewer = reviewer();
        List<Path> files = files();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaseFileReader reader = new CaseFileReader();
        ReviewJson reviewJson = new ReviewJson();
        TextReport report = new TextReport();
        int unreadable = 0;
        boolean several = files.size() > 1;
        for (Path f : files) {
            ReadResult read;
            try {
                read = reader.read(f);
            } catch (CaseFileException e) {
                err.println("error: " + e.getMessage());
                unreadable++;
                continue;
            }
            for (String line : read.problemLines()) {
                err.println("warning: " + line);
            }
            Review review = reviewer.review(read);
            Language l = language == null ? review.language() : language;
            if (json) {
                out.println(several ? reviewJson.toLine(review, l) : reviewJson.toText(review, l));
            } else {
                out.println(report.render(review, read.caseFile(), l));
            }
        }
        out.flush();
        err.flush();
        return unreadable == 0 ? 0 : 1;
    }

    private CaseReviewer reviewer() {
        try {
            StandardCatalogue catalogue = StandardCatalogue.builtIn();
            if (standardsDir != null) {
                catalogue = catalogue.withDirectory(standardsDir);
            }
            return new CaseReviewer(catalogue, RuleRegistry.standard());
        } catch (StandardException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(x -> x.getFileName().toString().endsWith(".json") && Files.isRegularFile(x))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UserError("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new UserError(p + ": no such file or folder");
            }
        }
        if (out.isEmpty()) {
            throw new UserError("no *.json case files in " + inputs);
        }
        return out;
    }
}
