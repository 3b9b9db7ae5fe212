package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartcity.app.court.SentenceReport;
import org.smartcity.app.court.SimilarCaseJson;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredJudgment;

/** The workspace API's JSON documents: case summaries, case views, reference panels, audit entries. Stateless. */
final class CaseJson {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private CaseJson() {}

    static ObjectNode summary(StoredCase sc) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", sc.id());
        n.put("caseId", sc.caseRef());
        n.put("title", sc.title());
        n.put("stage", sc.stage());
        n.put("version", sc.currentVersion());
        n.put("returns", sc.returns());
        n.put("updatedAt", java.time.Instant.ofEpochMilli(sc.updated_ms()).toString());
        return n;
    }

    static ObjectNode view(CaseView v) {
        ObjectNode n = summary(v.stored());
        List<String> allowed = new ArrayList<>();
        v.allowed().forEach(a -> allowed.add(a.name().toLowerCase(java.util.Locale.ROOT)));
        allowed.forEach(n.putArray("allowed")::add);
        n.set("document", v.document());
        n.put("suggestions", v.suggestionsOn());
        v.review().ifPresent(r -> {
            ObjectNode rn = n.putObject("review");
            rn.put("id", r.id());
            rn.put("caseVersion", r.caseVersion());
            rn.put("engine", r.engine());
            rn.set("result", v.reviewResult().orElseThrow());
        });
        ArrayNode decisions = n.putArray("decisions");
        v.decisions()
                .forEach(d -> decisions
                        .addObject()
                        .put("review", d.reviewId())
                        .put("finding", d.finding())
                        .put("decision", d.decision())
                        .put("reason", d.reason())
                        .put("by", d.actor()));
        ArrayNode transfers = n.putArray("transfers");
        v.transfers()
                .forEach(t -> transfers
                        .addObject()
                        .put("from", t.fromStage())
                        .put("to", t.toStage())
                        .put("kind", t.kind())
                        .put("reason", t.reason())
                        .put("by", t.actor()));
        v.openedHere().forEach(n.putArray("openedAtThisStage")::add);
        v.judgment().ifPresent(j -> n.set("judgment", judgment(j)));
        return n;
    }

    /** A recorded judgment: verdicts, sentence, the findings closed over undecided and why, who and when. */
    static ObjectNode judgment(StoredJudgment j) {
        Judgment read = Judgment.fromJson(j.judgment());
        ObjectNode n = JSON.createObjectNode();
        ArrayNode charges = n.putArray("charges");
        read.charges()
                .forEach(v -> charges.addObject()
                        .put("charge", v.charge())
                        .put("verdict", v.verdict().code()));
        n.put("sentence", read.sentence());
        n.put("caseVersion", j.caseVersion());
        try {
            n.set("overridden", JSON.readTree(j.overridden()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a stored judgment's overridden list is not JSON", e);
        }
        n.put("overrideReason", j.overrideReason());
        n.put("by", j.actor());
        n.put("at", java.time.Instant.ofEpochMilli(j.at_ms()).toString());
        return n;
    }

    /**
     * The reference panels as JSON: {@code shown} false with a {@code reason} when suggestions are off or the engines
     * failed; else {@code engines}, {@code sentencing} (as {@code smartcity court sentence --json}) and {@code
     * similar} (as {@code smartcity court similar --json}; empty without a case library, see {@code
     * libraryConfigured}).
     */
    static ObjectNode reference(
            CaseView v, Optional<CaseReference> reference, SentencingRules rules, boolean libraryConfigured) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("caseVersion", v.stored().currentVersion());
        n.put("shown", reference.isPresent());
        if (reference.isEmpty()) {
            n.put(
                    "reason",
                    v.suggestionsOn()
                            ? "the reference engines failed on this case (see the server log)"
                            : "suggestions are switched off");
            return n;
        }
        CaseReference ref = reference.get();
        ref.engines().forEach(n.putArray("engines")::add);
        n.set("sentencing", SentenceReport.tree(ref.sentencing(), rules, ref.empirical(), ""));
        n.put("libraryConfigured", libraryConfigured);
        ArrayNode similar = n.putArray("similar");
        ref.similar().forEach(c -> similar.add(SimilarCaseJson.of(c)));
        return n;
    }

    static ArrayNode audit(List<AuditEntry> entries) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (AuditEntry e : entries) {
            ObjectNode n = out.addObject();
            n.put("seq", e.seq());
            n.put("at", java.time.Instant.ofEpochMilli(e.at_ms()).toString());
            n.put("actor", e.actor());
            n.put("action", e.action());
            n.put("detail", e.detail());
            n.put("hash", e.hash());
        }
        return out;
    }
}
