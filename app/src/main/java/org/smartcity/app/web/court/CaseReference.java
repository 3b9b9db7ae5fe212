package org.smartcity.app.web.court;

import java.util.List;
import java.util.Optional;
import org.smartcity.court.search.SimilarCase;
import org.smartcity.court.sentencing.SentencingResult;
import org.smartcity.court.sentencing.TermDistribution;

/**
 * What the case page's reference panels show for one case. Immutable.
 *
 * @param sentencing the guideline calculation on the case's facts
 * @param similar the most similar cases of the library, most similar first (empty without a library)
 * @param empirical the terms of the similar cases; empty without a library or when none was found
 * @param engines the engines that produced it, with their versions (as logged in the audit entry)
 */
record CaseReference(
        SentencingResult sentencing,
        List<SimilarCase> similar,
        Optional<TermDistribution> empirical,
        List<String> engines) {
    CaseReference {
        similar = List.copyOf(similar);
        engines = List.copyOf(engines);
    }
}
