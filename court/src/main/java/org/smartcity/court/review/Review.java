package org.smartcity.court.review;

import java.util.List;
import java.util.Objects;
import org.smartcity.court.casefile.ReadProblem;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.Language;

/**
 * The result of reviewing one case. Immutable.
 *
 * @param caseId the case reviewed
 * @param standardVersion the standards applied, e.g. {@code theft@2024.1} ({@code +}-joined for several charges)
 * @param findings findings in rule order, one per identity
 * @param problems what could not be read or checked (bad items, unknown charges, dangling references)
 * @param language the case's language, for messages
 */
public record Review(
        String caseId, String standardVersion, List<Finding> findings, List<ReadProblem> problems, Language language) {
    public Review {
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(standardVersion);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        Objects.requireNonNull(language);
    }
}
