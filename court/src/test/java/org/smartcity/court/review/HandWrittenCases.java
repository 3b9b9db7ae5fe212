package org.smartcity.court.review;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.FindingKind;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/** Case files the wording tests write inline, reviewed with the built-in standards and rules. */
final class HandWrittenCases {
    private HandWrittenCases() {}

    /** Suspects P1 (adult) and P3 (born 2009), victim P2, investigators P4 and P5. */
    static final String TWO_SUSPECTS = """
            [{"id": "P1", "role": "suspect", "name": "周立新", "birthDate": "1991-07-02"},
             {"id": "P2", "role": "victim", "name": "孔海燕"},
             {"id": "P3", "role": "suspect", "name": "邓小军", "birthDate": "2009-01-20"},
             {"id": "P4", "role": "investigator", "name": "甲"},
             {"id": "P5", "role": "investigator", "name": "乙"}]""";

    /** Reviews a case of one charge with the given offence object, persons array and evidence items (JSON). */
    static List<Finding> review(String persons, String charge, String offence, String... items) throws Exception {
        String json = """
                {"formatVersion": 1, "caseId": "T", "charges": ["%s"], "offence": %s, "persons": %s,
                 "evidence": [%s]}""".formatted(charge, offence, persons, String.join(",", items));
        var read = new CaseFileReader().read("test", json.getBytes(StandardCharsets.UTF_8));
        return new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard())
                .review(read)
                .findings();
    }

    /** Reviews a case of one charge with the persons of {@link #TWO_SUSPECTS}. */
    static List<Finding> reviewTwoSuspects(String charge, String offence, String... items) throws Exception {
        return review(TWO_SUSPECTS, charge, offence, items);
    }

    /** An item collected and signed by investigators P4 and P5 on 2024-06-12 at 10:00, with an optional subject. */
    static String signedItem(String id, String kind, String category, String subject, String text) {
        return """
                {"id": "%s", "kind": "%s", "category": "%s", "time": "2024-06-12T10:00:00+08:00", %s \
                "collectedBy": ["P4", "P5"], "signedBy": ["P4", "P5"], "text": "%s"}""".formatted(id, kind, category, subject == null ? "" : "\"subject\": \"" + subject + "\",", text);
    }

    static List<Finding> ofKind(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
