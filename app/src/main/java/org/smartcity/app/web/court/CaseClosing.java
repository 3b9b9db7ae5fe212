package org.smartcity.app.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ForbiddenResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.smartcity.app.web.WebUser;
import org.smartcity.court.finding.Severity;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.CaseStage;
import org.smartcity.court.workflow.ChargeVerdict;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.casestore.FindingDecision;
import org.smartcity.platform.casestore.Judgments;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredJudgment;
import org.smartcity.platform.casestore.StoredReview;

/**
 * Closing a case after judgment (宣判结案, issue 17 item 10). The judge records a verdict on every charge of the case
 * file and the sentence; the case closes only together with that judgment ({@code Judgments.close}: one transaction
 * with the move and both audit entries). While findings of the newest review that would exclude evidence or a charge
 * ({@link Severity#INVALID}) are undecided, closing is refused ({@link UndecidedFindingsException}, 409) unless the
 * judge gives a written reason to close over them; the findings and the reason are stored with the judgment and
 * audited. Evidence not opened at the trial needs the same confirmation as a transfer. Thread-safe.
 */
final class CaseClosing {
    /** The longest sentence text kept. */
    static final int MAX_SENTENCE_CHARS = 1000;

    /** The longest override reason kept ({@code judgments.override_reason}). */
    static final int MAX_REASON_CHARS = 4000;

    private final Platform platform;
    private final CaseService cases;
    private final ObjectMapper json = new ObjectMapper();

    CaseClosing(Platform platform, CaseService cases) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    /**
     * Closes the case with the judgment read from {@code body}: {@code charges} ([{charge, verdict}]) or one field
     * {@code verdict:<charge>} per charge (the page's form), {@code sentence}, {@code override} (reason to close over
     * undecided exclusion-level findings), {@code note}, {@code confirmUnopened}.
     *
     * @throws BadRequestResponse naming the field when the judgment is incomplete or malformed
     * @throws UndecidedFindingsException when exclusion-level findings are undecided and no override reason is given
     * @throws UnopenedEvidenceException when items were not opened at the trial and that is not confirmed
     */
    StoredJudgment close(WebUser user, long caseId, JsonNode body) {
        StoredCase sc = cases.visible(user, caseId);
        CaseStage stage = CaseService.stage(sc);
        if (!cases.workflow().allows(CaseService.participants(user), CaseAction.TRANSFER, stage)) {
            throw new ForbiddenResponse("your role may not close a case at stage " + stage.code());
        }
        if (stage.next().filter(s -> s == CaseStage.CLOSED).isEmpty()) {
            throw new ConflictResponse(
                    "only a case at trial is closed with a judgment; this one is at " + stage.code());
        }
        Judgment judgment = read(body, charges(cases.document(sc)));
        String override = body.path("override").asText("").strip();
        if (override.length() > MAX_REASON_CHARS) {
            throw new BadRequestResponse("field 'override': at most " + MAX_REASON_CHARS + " characters");
        }
        Optional<StoredReview> review = platform.cases().latestReview(caseId);
        List<String> undecided = cases.suggestionsOn() ? undecided(review) : List.of();
        if (!undecided.isEmpty() && override.isEmpty()) {
            throw new UndecidedFindingsException(undecided);
        }
        boolean confirm = body.path("confirmUnopened").asBoolean(false)
                || "true".equals(body.path("confirmUnopened").asText());
        List<String> unopened = cases.unopened(sc, stage);
        if (!unopened.isEmpty() && !confirm) {
            throw new UnopenedEvidenceException(unopened);
        }
        ArrayNode unopenedJson = json.createArrayNode();
        unopened.forEach(unopenedJson::add);
        ArrayNode overridden = json.createArrayNode();
        undecided.forEach(overridden::add);
        return platform.judgments()
                .close(
                        user.name(),
                        caseId,
                        sc.currentVersion(),
                        stage.code(),
                        CaseStage.CLOSED.code(),
                        new Judgments.Closing(
                                review.map(StoredReview::id).orElse(0L),
                                judgment.toJson(),
                                overridden.toString(),
                                undecided.isEmpty() ? "" : override,
                                body.path("note").asText("").strip(),
                                Detail.of()
                                        .putJson("unopenedConfirmed", unopenedJson.toString())
                                        .json()));
    }

    /** The identities of the newest review's exclusion-level findings nobody decided on; empty without a review. */
    List<String> undecided(Optional<StoredReview> review) {
        if (review.isEmpty()) {
            return List.of();
        }
        long reviewId = review.get().id();
        Set<String> decided = new java.util.HashSet<>();
        for (FindingDecision d : platform.cases().decisions(review.get().caseId())) {
            if (d.reviewId() == reviewId) {
                decided.add(d.finding());
            }
        }
        List<String> out = new ArrayList<>();
        for (JsonNode f : cases.reviewResult(review.get()).path("findings")) {
            String identity = f.path("identity").asText("");
            if (Severity.INVALID.code().equals(f.path("severity").asText()) && !decided.contains(identity)) {
                out.add(identity);
            }
        }
        return out;
    }

    /** The charge codes of a case file, in its order. */
    static List<String> charges(JsonNode document) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : document.path("charges")) {
            if (c.isTextual() && !out.contains(c.asText())) {
                out.add(c.asText());
            }
        }
        return out;
    }

    /** Reads and checks the judgment part of a closing request against the case file's charges. */
    static Judgment read(JsonNode body, List<String> charges) {
        Map<String, String> given = new LinkedHashMap<>();
        JsonNode list = body.path("charges");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new BadRequestResponse("field 'charges': must be a list of {charge, verdict}");
        }
        for (JsonNode v : list) {
            given.put(v.path("charge").asText(""), v.path("verdict").asText(""));
        }
        for (Map.Entry<String, JsonNode> f : body.properties()) {
            if (f.getKey().startsWith("verdict:")) {
                given.put(
                        f.getKey().substring("verdict:".length()), f.getValue().asText(""));
            }
        }
        for (String charge : given.keySet()) {
            if (!charges.contains(charge)) {
                throw new BadRequestResponse("field 'charges': '" + charge + "' is not a charge of this case (its"
                        + " charges: " + String.join(", ", charges) + ")");
            }
        }
        List<Judgment.Verdict> verdicts = new ArrayList<>();
        for (String charge : charges) {
            String code = given.getOrDefault(charge, "");
            if (code.isBlank()) {
                throw new BadRequestResponse(
                        "field 'charges': no verdict on the charge '" + charge + "' (guilty or not_guilty)");
            }
            ChargeVerdict verdict = ChargeVerdict.fromCode(code)
                    .orElseThrow(() -> new BadRequestResponse("field 'charges': the verdict on '" + charge
                            + "' must be guilty or not_guilty, got '" + code + "'"));
            verdicts.add(new Judgment.Verdict(charge, verdict));
        }
        String sentence = body.path("sentence").asText("").strip();
        Judgment judgment = new Judgment(verdicts, sentence);
        if (sentence.length() > MAX_SENTENCE_CHARS) {
            throw new BadRequestResponse("field 'sentence': at most " + MAX_SENTENCE_CHARS + " characters");
        }
        if (judgment.anyGuilty() && sentence.isEmpty()) {
            throw new BadRequestResponse("field 'sentence': required when a charge is found proven");
        }
        if (!judgment.anyGuilty() && !sentence.isEmpty()) {
            throw new BadRequestResponse("field 'sentence': no sentence without a guilty verdict");
        }
        return judgment;
    }
}
