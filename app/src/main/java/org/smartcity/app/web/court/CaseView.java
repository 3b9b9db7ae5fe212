package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.CaseStage;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.casestore.CaseVersion;
import org.smartcity.platform.casestore.FindingDecision;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredJudgment;
import org.smartcity.platform.casestore.StoredReview;
import org.smartcity.platform.casestore.Transfer;

/**
 * Everything the case page and {@code GET /api/cases/{id}} show, as the viewer may see it: the current document,
 * the newest review (empty when none or when suggestions are off), decisions, stage changes, versions (metadata in
 * {@code versions}, documents omitted), evidence opened at this stage, the actions the viewer may take, the audit
 * history, and the judgment once the case is closed.
 */
record CaseView(
        StoredCase stored,
        CaseStage stage,
        JsonNode document,
        Optional<StoredReview> review,
        Optional<JsonNode> reviewResult,
        List<FindingDecision> decisions,
        List<Transfer> transfers,
        List<CaseVersion> versions,
        Set<String> openedHere,
        Set<CaseAction> allowed,
        List<AuditEntry> history,
        boolean suggestionsOn,
        Optional<StoredJudgment> judgment) {

    /** The newest decision on a finding of the shown review, if any. */
    Optional<FindingDecision> decisionOn(String findingIdentity) {
        if (review.isEmpty()) {
            return Optional.empty();
        }
        FindingDecision last = null;
        for (FindingDecision d : decisions) {
            if (d.reviewId() == review.get().id() && d.finding().equals(findingIdentity)) {
                last = d;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The evidence item of the current document with that id. */
    Optional<JsonNode> item(String evidenceId) {
        for (JsonNode item : document.path("evidence")) {
            if (evidenceId.equals(item.path("id").asText(null))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
