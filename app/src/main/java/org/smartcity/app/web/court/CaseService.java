package org.smartcity.app.web.court;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.court.casefile.CaseFileException;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.casefile.ReadProblem;
import org.smartcity.court.casefile.ReadResult;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.finding.Language;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.review.Review;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;
import org.smartcity.court.standard.StandardException;
import org.smartcity.court.workflow.CaseAction;
import org.smartcity.court.workflow.CaseStage;
import org.smartcity.court.workflow.FindingVerdict;
import org.smartcity.court.workflow.Participant;
import org.smartcity.court.workflow.Workflow;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.casestore.CaseStore;
import org.smartcity.platform.casestore.CaseVersion;
import org.smartcity.platform.casestore.FindingDecision;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredReview;

/**
 * The court workspace's use cases over the platform store: import, add or replace evidence, review, decide on
 * findings, transfer, return, open evidence. Every method checks the workflow first: a case the user may not see is
 * "not found" (404, its existence is not revealed), an action the user may not take at the case's stage is 403,
 * bad input is 400, a stale or refused change 409. Thread-safe; parsed documents and reviews (immutable in the
 * store) are cached.
 */
public final class CaseService {
    /** Setting that switches the review assistant's suggestions on ({@code on}, default) or off. */
    public static final String SUGGESTIONS_SETTING = "assistant.suggestions";

    /** Name and version of the review engine as logged with every suggestion shown. */
    public static final String ENGINE = "smartcity-review/0.1.0";

    /** Audit entries shown with a case (the newest; the full trail is {@code GET /api/cases/{id}/history}). */
    static final int HISTORY_SHOWN = 100;

    /** The longest case id the store keeps ({@code cases.case_ref}). */
    static final int MAX_CASE_ID_CHARS = 300;

    /** The longest title the store keeps ({@code cases.title}). */
    static final int MAX_TITLE_CHARS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

    private final Platform platform;
    private final CaseStore store;
    private final Workflow workflow = Workflow.standard();
    private final CaseReviewer reviewer;
    private final CaseFileReader reader = new CaseFileReader();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> parsed = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
            return size() > 2000;
        }
    });

    private final ReferenceEngines engines;
    private final SuggestionShownLog shownLog;

    /** The service with only the guideline calculator for the reference panels (no model, no case library). */
    public CaseService(Platform platform) {
        this(platform, ReferenceEngines.calculatorOnly());
    }

    /** The service whose reference panels use {@code engines} (which the caller keeps ownership of). */
    public CaseService(Platform platform, ReferenceEngines engines) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.engines = Objects.requireNonNull(engines, "engines");
        this.store = platform.cases();
        this.shownLog = new SuggestionShownLog(platform.audit());
        try {
            this.reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        } catch (StandardException e) {
            throw new IllegalStateException("the built-in evidence standards do not load: " + e.getMessage(), e);
        }
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The workflow participants a user acts as (the traffic operator role is none of them). */
    static Set<Participant> participants(WebUser user) {
        Set<Participant> out = EnumSet.noneOf(Participant.class);
        for (Role r : user.roles()) {
            switch (r) {
                case POLICE -> out.add(Participant.POLICE);
                case PROSECUTOR -> out.add(Participant.PROSECUTOR);
                case JUDGE -> out.add(Participant.JUDGE);
                case ADMIN -> out.add(Participant.ADMIN);
                case TRAFFIC_OPERATOR -> {}
            }
        }
        return out;
    }

    public boolean suggestionsOn() {
        return !"off".equals(platform.settings().get(SUGGESTIONS_SETTING).orElse("on"));
    }

    /** The cases the user may see, those awaiting the user first. A fixed number of queries, whatever the count. */
    public List<CaseSummary> queue(WebUser user) {
        Set<Participant> who = participants(user);
        List<CaseSummary> awaiting = new ArrayList<>();
        List<CaseSummary> others = new ArrayList<>();
        boolean suggestions = suggestionsOn();
        Map<Long, Long> latest = suggestions ? store.latestReviewIds() : Map.of();
        Map<Long, Set<String>> decided = suggestions ? store.decidedInLatestReviews() : Map.of();
        for (StoredCase sc : store.list()) {
            CaseStage stage = stage(sc);
            if (!workflow.allows(who, CaseAction.VIEW, stage)) {
                continue;
            }
            boolean awaits = who.stream().anyMatch(p -> workflow.awaits(p, stage));
            Long reviewId = latest.get(sc.id());
            int open = 0;
            if (reviewId != null) {
                Set<String> done = decided.getOrDefault(reviewId, Set.of());
                for (JsonNode f : reviewResult(reviewId).path("findings")) {
                    if (!done.contains(f.path("identity").asText())) {
                        open++;
                    }
                }
            }
            (awaits ? awaiting : others).add(new CaseSummary(sc, stage, awaits, open, reviewId != null));
        }
        awaiting.addAll(others);
        return awaiting;
    }

    private JsonNode reviewResult(long reviewId) {
        JsonNode cached = parsed.get("review:" + reviewId);
        if (cached != null) {
            return cached;
        }
        return reviewResult(store.review(reviewId).orElseThrow());
    }

    /** The case as the user may see it; records nothing. */
    public CaseView view(WebUser user, long caseId) {
        StoredCase sc = visible(user, caseId);
        CaseStage stage = stage(sc);
        Set<Participant> who = participants(user);
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : CaseAction.values()) {
            if (workflow.allows(who, a, stage)) {
                allowed.add(a);
            }
        }
        boolean suggestions = suggestionsOn();
        Optional<StoredReview> review = suggestions ? store.latestReview(caseId) : Optional.empty();
        List<CaseVersion> versions = store.versionHistory(caseId);
        return new CaseView(
                sc,
                stage,
                document(sc),
                review,
                review.map(this::reviewResult),
                store.decisions(caseId),
                store.transfers(caseId),
                versions,
                store.openedEvidence(caseId, sc.currentVersion(), stage.code()),
                allowed,
                platform.audit().recentForCase(sc.caseRef(), HISTORY_SHOWN),
                suggestions,
                stage == CaseStage.CLOSED ? platform.judgments().of(caseId) : Optional.empty());
    }

    /**
     * The similar-cases and sentencing-reference panels for a case the user is viewing, computed from the current
     * document's facts; empty when an administrator switched suggestions off. Every reference returned is logged as
     * an audit entry {@code suggestion.shown} with the case version, the engines and their versions, the calculated
     * months and the similar cases' ids (issue 8, item 5) — once per user and case version (issue 17, item 15: the
     * trail says who saw which reference, not how often they reloaded the page). An engine failure leaves the panels out (logged as a
     * warning) rather than failing the page.
     */
    Optional<CaseReference> reference(WebUser user, CaseView view) {
        if (!view.suggestionsOn() || !suggestionsOn()) {
            return Optional.empty();
        }
        CaseReference ref;
        try {
            ref = engines.reference(
                    view.stored().caseRef() + "#" + view.stored().currentVersion(), view.document());
        } catch (RuntimeException e) {
            LOG.warn("reference panels left out for case {}: {}", view.stored().caseRef(), e.toString());
            return Optional.empty();
        }
        ArrayNode engineList = json.createArrayNode();
        ref.engines().forEach(engineList::add);
        ArrayNode similarIds = json.createArrayNode();
        ref.similar().forEach(c -> similarIds.add(c.id()));
        Detail detail = Detail.of()
                .put("version", view.stored().currentVersion())
                .putJson("engines", compact(engineList))
                .put("status", ref.sentencing().status().name())
                .put(
                        "months",
                        ref.sentencing().months().isPresent()
                                ? Double.toString(ref.sentencing().months().getAsDouble())
                                : "")
                .putJson("similar", compact(similarIds));
        if (shownLog.firstShowing(
                user.name(), view.stored().caseRef(), view.stored().currentVersion())) {
            platform.database()
                    .write(c -> platform.audit()
                            .append(
                                    c,
                                    System.currentTimeMillis(),
                                    user.name(),
                                    "suggestion.shown",
                                    view.stored().caseRef(),
                                    detail.json()));
        }
        return Optional.of(ref);
    }

    /** The rules the sentencing panel applies. */
    org.smartcity.court.sentencing.SentencingRules sentencingRules() {
        return engines.rules();
    }

    /** True when a case library is loaded (else the similar-cases panel says it is not configured). */
    boolean hasCaseLibrary() {
        return engines.hasLibrary();
    }

    /** Imports a case file (v1 JSON) as a new case in investigation; reviews it when suggestions are on. */
    public StoredCase importCase(WebUser user, String source, byte[] document) {
        if (!workflow.allows(participants(user), CaseAction.IMPORT, CaseStage.INVESTIGATION)) {
            throw new ForbiddenResponse("only the police import case files");
        }
        ReadResult read = read(source, document);
        JsonNode tree;
        try {
            tree = json.readTree(document);
        } catch (java.io.IOException e) {
            throw new BadRequestResponse(source + ": not JSON: " + e.getMessage());
        }
        refuseNonFiniteNumbers(source, tree);
        String caseRef = read.caseFile().caseId();
        if (!caseRef.equals(caseRef.strip())) {
            throw new BadRequestResponse(
                    source + ": $.caseId: must not start or end with spaces (it would name a second copy of a case)");
        }
        if (caseRef.length() > MAX_CASE_ID_CHARS) {
            throw new BadRequestResponse(
                    source + ": $.caseId: at most " + MAX_CASE_ID_CHARS + " characters, got " + caseRef.length());
        }
        String title = read.caseFile().title().orElse(caseRef);
        if (title.length() > MAX_TITLE_CHARS) {
            throw new BadRequestResponse(
                    source + ": $.title: at most " + MAX_TITLE_CHARS + " characters, got " + title.length());
        }
        StoredCase sc = store.create(
                user.name(), caseRef, title, CaseStage.INVESTIGATION.code(), compact(tree), "imported from " + source);
        if (suggestionsOn()) {
            review(user, sc.id());
        }
        return store.find(sc.id()).orElseThrow();
    }

    /**
     * Refuses a document holding a number no double can hold (e.g. {@code 1e999999}): it would be stored as the
     * non-JSON word {@code Infinity} and break every later reading of the case.
     */
    static void refuseNonFiniteNumbers(String source, JsonNode tree) {
        firstNonFinite(tree, "$").ifPresent(path -> {
            throw new BadRequestResponse(source + ": " + path + ": the number is out of range");
        });
    }

    private static Optional<String> firstNonFinite(JsonNode node, String path) {
        if (node.isNumber()) {
            return Double.isFinite(node.doubleValue()) ? Optional.empty() : Optional.of(path);
        }
        if (node.isObject()) {
            for (var f : node.properties()) {
                Optional<String> found = firstNonFinite(f.getValue(), path + "." + f.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = firstNonFinite(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private ReadResult read(String source, byte[] document) {
        try {
            return reader.read(source, document);
        } catch (CaseFileException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    /**
     * Adds an evidence item, or replaces the one with the same id, as a new version of the case.
     *
     * @param expectedVersion the version the user edited; another current version is a 409
     * @return the reading problems of the new version, one line each (empty when it reads cleanly)
     */
    public List<String> putEvidence(WebUser user, long caseId, int expectedVersion, JsonNode item) {
        StoredCase sc = visible(user, caseId);
        require(user, sc, CaseAction.EDIT_EVIDENCE);
        if (item == null
                || !item.isObject()
                || !item.path("id").isTextual()
                || item.path("id").asText().isBlank()) {
            throw new BadRequestResponse("an evidence item is a JSON object with a non-empty string 'id'");
        }
        String id = item.path("id").asText();
        refuseNonFiniteNumbers(sc.caseRef(), item);
        ObjectNode doc = document(sc).deepCopy();
        ArrayNode evidence = doc.withArray("evidence");
        boolean replaced = false;
        for (int i = 0; i < evidence.size(); i++) {
            if (id.equals(evidence.get(i).path("id").asText(null))) {
                evidence.set(i, item);
                replaced = true;
            }
        }
        if (!replaced) {
            evidence.add(item);
        }
        String text = compact(doc);
        ReadResult read = read(sc.caseRef(), text.getBytes(StandardCharsets.UTF_8));
        if (!read.caseFile().caseId().equals(sc.caseRef())) {
            throw new BadRequestResponse("the case id cannot change");
        }
        store.addVersion(
                user.name(),
                caseId,
                expectedVersion,
                stage(sc).code(),
                sc.title(),
                text,
                "evidence " + id + (replaced ? " replaced" : " added"));
        if (suggestionsOn()) {
            review(user, caseId);
        }
        return read.problems().stream().map(ReadProblem::toString).toList();
    }

    /** Runs the review assistant on the current version and keeps the result. 409 when suggestions are off. */
    public StoredReview review(WebUser user, long caseId) {
        StoredCase sc = visible(user, caseId);
        require(user, sc, CaseAction.RUN_REVIEW);
        if (!suggestionsOn()) {
            throw new ConflictResponse("the review assistant is switched off by the administrator");
        }
        String text = store.version(caseId, sc.currentVersion()).orElseThrow().document();
        ReadResult read = read(sc.caseRef(), text.getBytes(StandardCharsets.UTF_8));
        Review review = reviewer.review(read);
        ObjectNode result = json.createObjectNode();
        result.put("caseId", review.caseId());
        result.put("standardVersion", review.standardVersion());
        ArrayNode findings = result.putArray("findings");
        ArrayNode shown = json.createArrayNode();
        for (Finding f : review.findings()) {
            ObjectNode n = findings.addObject();
            n.put("identity", f.identity());
            n.put("kind", f.kind().code());
            n.put("severity", f.severity().code());
            f.evidence().forEach(n.putArray("evidence")::add);
            f.persons().forEach(n.putArray("persons")::add);
            f.cites().forEach(n.putArray("cites")::add);
            n.put("missingKind", f.missingKind().orElse(null));
            n.put("message_zh", f.message(Language.ZH));
            n.put("message_en", f.message(Language.EN));
            n.put("basis", f.basis());
            n.put("rule", f.rule());
            shown.add(f.identity());
        }
        ArrayNode problems = result.putArray("problems");
        for (ReadProblem p : review.problems()) {
            problems.addObject().put("path", p.path()).put("reason", p.reason());
        }
        String engine = ENGINE + " standards " + review.standardVersion();
        return store.saveReview(
                user.name(),
                caseId,
                sc.currentVersion(),
                stage(sc).code(),
                engine,
                compact(result),
                Detail.of().putJson("findings", compact(shown)).json());
    }

    /** Records a decision on a finding of a review of this case. */
    public FindingDecision decide(
            WebUser user, long caseId, long reviewId, String finding, String verdictCode, String reason) {
        StoredCase sc = visible(user, caseId);
        require(user, sc, CaseAction.DECIDE_FINDING);
        FindingVerdict verdict = FindingVerdict.fromCode(verdictCode == null ? "" : verdictCode)
                .orElseThrow(() -> new BadRequestResponse("decision must be accept, dismiss or cured"));
        String why = reason == null ? "" : reason.strip();
        workflow.refuseVerdict(verdict, why).ifPresent(r -> {
            throw new BadRequestResponse(r);
        });
        if (why.length() > 4000) {
            throw new BadRequestResponse("a reason has at most 4000 characters");
        }
        StoredReview review = store.review(reviewId)
                .filter(r -> r.caseId() == caseId)
                .orElseThrow(() -> new BadRequestResponse("review " + reviewId + " is not a review of this case"));
        boolean known = false;
        for (JsonNode f : reviewResult(review).path("findings")) {
            known |= f.path("identity").asText().equals(finding);
        }
        if (!known) {
            throw new BadRequestResponse("review " + reviewId + " has no finding '" + finding + "'");
        }
        return store.decide(user.name(), caseId, stage(sc).code(), reviewId, finding, verdict.code(), why);
    }

    /**
     * Hands the case to the next stage.
     *
     * @param confirmUnopened true to go ahead although some evidence items were not opened at this stage
     * @throws UnopenedEvidenceException when items were not opened and {@code confirmUnopened} is false
     */
    public StoredCase transfer(WebUser user, long caseId, boolean confirmUnopened, String note) {
        StoredCase sc = visible(user, caseId);
        require(user, sc, CaseAction.TRANSFER);
        CaseStage stage = stage(sc);
        CaseStage next = stage.next().orElseThrow(() -> new ConflictResponse("a closed case cannot move on"));
        if (next == CaseStage.CLOSED) {
            throw new ConflictResponse("closing a case records the judgment: POST /api/cases/" + caseId + "/close");
        }
        List<String> unopened = unopened(sc, stage);
        if (!unopened.isEmpty() && !confirmUnopened) {
            throw new UnopenedEvidenceException(unopened);
        }
        ArrayNode unopenedJson = json.createArrayNode();
        unopened.forEach(unopenedJson::add);
        String detail =
                Detail.of().putJson("unopenedConfirmed", compact(unopenedJson)).json();
        return store.move(
                user.name(),
                caseId,
                sc.currentVersion(),
                stage.code(),
                next.code(),
                "transfer",
                note == null ? "" : note.strip(),
                detail);
    }

    /** Evidence items of the current version nobody opened at {@code stage}, in the document's order. */
    List<String> unopened(StoredCase sc, CaseStage stage) {
        Set<String> opened = store.openedEvidence(sc.id(), sc.currentVersion(), stage.code());
        List<String> unopened = new ArrayList<>();
        for (JsonNode item : document(sc).path("evidence")) {
            String id = item.path("id").asText("");
            if (!opened.contains(id)) {
                unopened.add(id);
            }
        }
        return unopened;
    }

    /** Returns a case under prosecution review for supplementary investigation (退回补充侦查). */
    public StoredCase returnCase(WebUser user, long caseId, String reasons) {
        StoredCase sc = visible(user, caseId);
        require(user, sc, CaseAction.RETURN);
        CaseStage stage = stage(sc);
        workflow.refuseReturn(stage, sc.returns(), reasons).ifPresent(r -> {
            throw new BadRequestResponse(r);
        });
        if (reasons.length() > 4000) {
            throw new BadRequestResponse("reasons have at most 4000 characters");
        }
        return store.move(
                user.name(),
                caseId,
                sc.currentVersion(),
                stage.code(),
                CaseStage.INVESTIGATION.code(),
                "return",
                reasons.strip(),
                Detail.of().put("returnNumber", sc.returns() + 1L).json());
    }

    /** An evidence item of the current version; the opening is logged (once per person, item, version and stage). */
    public JsonNode openEvidence(WebUser user, long caseId, String evidenceId) {
        StoredCase sc = visible(user, caseId);
        JsonNode doc = document(sc);
        for (JsonNode item : doc.path("evidence")) {
            if (evidenceId.equals(item.path("id").asText(null))) {
                store.markOpened(
                        user.name(),
                        caseId,
                        sc.currentVersion(),
                        evidenceId,
                        stage(sc).code());
                return item;
            }
        }
        throw new NotFoundResponse("no evidence item " + evidenceId + " in this case");
    }

    /** The case if the user may see it at its stage; otherwise 404 (whether it exists is not revealed). */
    StoredCase visible(WebUser user, long caseId) {
        StoredCase sc = store.find(caseId).orElseThrow(() -> new NotFoundResponse("no case " + caseId));
        if (!workflow.allows(participants(user), CaseAction.VIEW, stage(sc))) {
            throw new NotFoundResponse("no case " + caseId);
        }
        return sc;
    }

    private void require(WebUser user, StoredCase sc, CaseAction action) {
        CaseStage stage = stage(sc);
        if (!workflow.allows(participants(user), action, stage)) {
            throw new ForbiddenResponse("your role may not " + action.name().toLowerCase(java.util.Locale.ROOT)
                    + " a case at stage " + stage.code());
        }
    }

    static CaseStage stage(StoredCase sc) {
        return CaseStage.fromCode(sc.stage())
                .orElseThrow(
                        () -> new IllegalStateException("case " + sc.caseRef() + " has unknown stage " + sc.stage()));
    }

    JsonNode document(StoredCase sc) {
        String key = "doc:" + sc.id() + ":" + sc.currentVersion();
        JsonNode cached = parsed.get(key);
        if (cached != null) {
            return cached;
        }
        CaseVersion v = store.version(sc.id(), sc.currentVersion()).orElseThrow();
        JsonNode tree = parse(v.document());
        parsed.put(key, tree);
        return tree;
    }

    JsonNode reviewResult(StoredReview review) {
        String key = "review:" + review.id();
        JsonNode cached = parsed.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode tree = parse(review.result());
        parsed.put(key, tree);
        return tree;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON: " + e.getMessage(), e);
        }
    }

    private String compact(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
