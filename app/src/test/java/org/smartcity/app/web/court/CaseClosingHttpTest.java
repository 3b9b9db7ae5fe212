package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.platform.Platform;

/**
 * Issue 17, item 10: a judge closes a case only by recording the judgment (verdict per charge, sentence), and not
 * while exclusion-level findings are undecided unless a reasoned override is given; both are audited and covered by
 * the replay of {@code audit verify}.
 */
class CaseClosingHttpTest {
    @TempDir
    static Path dir;

    static SignedInWorkspace workspace;
    static Platform platform;

    @BeforeAll
    static void start() {
        workspace = SignedInWorkspace.start(dir, "police:POLICE", "prosecutor:PROSECUTOR", "judge:JUDGE");
        platform = workspace.platform;
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    static Browser as(String name) throws Exception {
        return workspace.as(name);
    }

    /** A flawed theft case brought to trial; returns its id. */
    private static long atTrial(String caseId) throws Exception {
        Browser police = as("police");
        long id = WorkspaceHttpTest.importCase(police, CaseFiles.theft(caseId));
        WorkspaceHttpTest.openAllAndTransfer(police, id);
        WorkspaceHttpTest.openAllAndTransfer(as("prosecutor"), id);
        return id;
    }

    private static void openAll(Browser b, long id) throws Exception {
        for (JsonNode item : b.json(b.get("/api/cases/" + id)).path("document").path("evidence")) {
            b.get("/api/cases/" + id + "/evidence/" + item.path("id").asText());
        }
    }

    private static List<String> exclusionFindings(JsonNode view) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : view.path("review").path("result").path("findings")) {
            if (f.path("severity").asText().equals("invalid")) {
                out.add(f.path("identity").asText());
            }
        }
        return out;
    }

    @Test
    void closingNeedsTheJudgmentAndAReasonToPassOverUndecidedExclusions() throws Exception {
        long id = atTrial("CLOSE-1");
        Browser judge = as("judge");
        openAll(judge, id);
        JsonNode view = judge.json(judge.get("/api/cases/" + id));
        List<String> exclusions = exclusionFindings(view);
        assertThat(exclusions)
                .as("the flawed sample has an exclusion-level finding")
                .isNotEmpty();

        HttpResponse<String> plainTransfer = judge.post("/api/cases/" + id + "/transfer", "{}");
        assertThat(plainTransfer.statusCode())
                .as("closing without a judgment is refused")
                .isEqualTo(409);
        assertThat(plainTransfer.body()).contains("/close");

        HttpResponse<String> noVerdict = judge.post("/api/cases/" + id + "/close", "{\"sentence\":\"有期徒刑六个月\"}");
        assertThat(noVerdict.statusCode()).isEqualTo(400);
        assertThat(noVerdict.body()).contains("charges").contains("theft");
        HttpResponse<String> noSentence = judge.post(
                "/api/cases/" + id + "/close", "{\"charges\":[{\"charge\":\"theft\",\"verdict\":\"guilty\"}]}");
        assertThat(noSentence.statusCode()).isEqualTo(400);
        assertThat(noSentence.body()).contains("sentence");
        HttpResponse<String> unknownCharge = judge.post(
                "/api/cases/" + id + "/close",
                "{\"verdict:theft\":\"guilty\",\"verdict:murder\":\"guilty\",\"sentence\":\"x\"}");
        assertThat(unknownCharge.statusCode()).isEqualTo(400);
        assertThat(unknownCharge.body()).contains("murder");

        String judgment = "{\"verdict:theft\":\"guilty\",\"sentence\":\"有期徒刑六个月，并处罚金人民币二千元\"}";
        HttpResponse<String> undecided = judge.post("/api/cases/" + id + "/close", judgment);
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(judge.json(undecided).path("undecided"))
                .extracting(JsonNode::asText)
                .containsExactlyElementsOf(exclusions);
        assertThat(judge.json(judge.get("/api/cases/" + id)).path("stage").asText())
                .isEqualTo("trial");

        String withOverride = judgment.replace("}", ",\"override\":\"该证据已在庭审中排除，不作为定案根据\"}");
        HttpResponse<String> closed = judge.post("/api/cases/" + id + "/close", withOverride);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);

        JsonNode after = judge.json(judge.get("/api/cases/" + id));
        assertThat(after.path("stage").asText()).isEqualTo("closed");
        assertThat(after.path("judgment").path("charges").get(0).path("verdict").asText())
                .isEqualTo("guilty");
        assertThat(after.path("judgment").path("sentence").asText()).isEqualTo("有期徒刑六个月，并处罚金人民币二千元");
        assertThat(after.path("judgment").path("overridden"))
                .extracting(JsonNode::asText)
                .containsExactlyElementsOf(exclusions);
        String page = judge.get("/cases/" + id).body();
        assertThat(page)
                .contains("id=\"judgment\"")
                .contains("有罪")
                .contains("盗窃")
                .contains("该证据已在庭审中排除");
        assertThat(platform.audit().forCase("CLOSE-1"))
                .filteredOn(e -> e.action().equals("case.judgment"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail())
                        .contains("guilty")
                        .contains("有期徒刑六个月")
                        .contains("该证据已在庭审中排除")
                        .contains(exclusions.get(0)));
        assertThat(platform.audit().verify().intact()).isTrue();
        assertThat(platform.stateProblems()).isEmpty();
        assertThat(judge.post("/api/cases/" + id + "/close", withOverride).statusCode())
                .as("a closed case is not closed again")
                .isEqualTo(403);
    }

    @Test
    void decidedExclusionsNeedNoOverrideAndOnlyTheJudgeCloses() throws Exception {
        long id = atTrial("CLOSE-2");
        Browser judge = as("judge");
        openAll(judge, id);
        JsonNode view = judge.json(judge.get("/api/cases/" + id));
        long review = view.path("review").path("id").asLong();
        for (String finding : exclusionFindings(view)) {
            String accept = CaseFiles.JSON
                    .createObjectNode()
                    .put("review", review)
                    .put("finding", finding)
                    .put("decision", "accept")
                    .toString();
            assertThat(judge.post("/api/cases/" + id + "/decisions", accept).statusCode())
                    .isEqualTo(201);
        }
        assertThat(as("prosecutor")
                        .post("/api/cases/" + id + "/close", "{\"verdict:theft\":\"not_guilty\"}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> closed = judge.post("/api/cases/" + id + "/close", "{\"verdict:theft\":\"not_guilty\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(judge.json(closed).path("overridden")).isEmpty();
        assertThat(judge.json(closed).path("overrideReason").asText()).isEmpty();
        assertThat(judge.get("/cases/" + id).body()).contains("无罪");
        assertThat(platform.stateProblems()).isEmpty();
    }
}
