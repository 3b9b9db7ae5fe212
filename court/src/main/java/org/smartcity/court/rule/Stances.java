package org.smartcity.court.rule;

import java.util.List;
import org.smartcity.court.casefile.EvidenceItem;
import org.smartcity.court.extract.StanceClassifier;
import org.smartcity.court.extract.StanceReading;

/** The stance of a suspect's statement about the act of the case's charge (every charge's act when several). */
final class Stances {
    private Stances() {}

    static StanceReading of(ReviewContext ctx, EvidenceItem statement) {
        List<String> charges = ctx.caseFile().charges();
        String charge = charges.size() == 1 ? charges.get(0) : null;
        return StanceClassifier.read(statement.text(), charge);
    }
}
