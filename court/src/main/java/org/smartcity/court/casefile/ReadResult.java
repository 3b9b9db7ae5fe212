package org.smartcity.court.casefile;

import java.util.List;
import java.util.Objects;

/**
 * A case file that could be read, and the problems met while reading it. Each problem concerns one item or field
 * that was skipped or kept only verbatim; the rest of the case is in {@link #caseFile()}.
 *
 * @param source name of the file read (for messages)
 * @param caseFile what could be read
 * @param problems what could not, in document order
 */
public record ReadResult(String source, CaseFile caseFile, List<ReadProblem> problems) {
    public ReadResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(caseFile, "caseFile");
        problems = List.copyOf(problems);
    }

    /** One line per problem: {@code FILE: at PATH: REASON}. */
    public List<String> problemLines() {
        return problems.stream().map(p -> source + ": " + p).toList();
    }
}
