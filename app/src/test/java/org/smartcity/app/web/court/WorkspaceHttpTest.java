package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.signin.SessionAuthenticator;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.SignInThrottle;

/** The workspace over real HTTP: sign-in, CSRF, role and stage checks, escaping, SQL metacharacters, the workflow. */
class WorkspaceHttpTest {
    @TempDir
    static Path dir;

    static SignedInWorkspace workspace;
    static Platform platform;
    static WebServer server;

    @BeforeAll
    static void start() {
        workspace = SignedInWorkspace.start(
                dir,
                "police:POLICE",
                "police2:POLICE",
                "prosecutor:PROSECUTOR",
                "judge:JUDGE",
                "admin:ADMIN",
                "operator:TRAFFIC_OPERATOR");
        platform = workspace.platform;
        server = workspace.server;
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    static Browser as(String name) throws Exception {
        return workspace.as(name);
    }

    /** Imports a case as police; returns its id. */
    static long importCase(Browser police, ObjectNode doc) throws Exception {
        HttpResponse<String> r = police.post("/api/cases", doc.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return police.json(r).path("id").asLong();
    }

    /** Opens every item, then transfers. */
    static void openAllAndTransfer(Browser b, long id) throws Exception {
        for (JsonNode item : b.json(b.get("/api/cases/" + id)).path("document").path("evidence")) {
            assertThat(b.get("/api/cases/" + id + "/evidence/" + item.path("id").asText())
                            .statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> r = b.post("/api/cases/" + id + "/transfer", "{}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void unauthenticatedRequestsGet401AndPagesRedirect() throws Exception {
        Browser anonymous = new Browser(server.port());
        assertThat(anonymous.get("/api/cases").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/cases/1").statusCode()).isEqualTo(401);
        assertThat(anonymous.post("/api/cases", "{}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> page = anonymous.get("/cases");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(anonymous.login("police", "wrong-password")).isEqualTo(401);
        assertThat(anonymous.formLogin("police", "wrong-password")).isEqualTo(401);
        assertThat(anonymous.formLogin("police", "police-password")).isEqualTo(302);
    }

    @Test
    void repeatedFailedSignInsLockTheNameEvenForTheRightPassword() throws Exception {
        platform.accounts().create("test", "guessed", "guessed-password".toCharArray(), Set.of("JUDGE"));
        Browser guesser = new Browser(server.port());
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME_AND_ADDRESS; i++) {
            assertThat(guesser.login("guessed", "wrong-password-" + i)).isEqualTo(401);
        }
        assertThat(guesser.login("guessed", "guessed-password")).isEqualTo(429);
        assertThat(guesser.formLogin("guessed", "guessed-password")).isEqualTo(429);
        assertThat(platform.audit().recent(20))
                .anySatisfy(e -> assertThat(e.action() + " " + e.actor()).isEqualTo("account.signin.locked guessed"));
        assertThat(as("judge").get("/api/cases").statusCode())
                .as("other names still sign in")
                .isEqualTo(200);
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/session"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"name\":\"judge\",\"password\":\"judge-password\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c)
                        .contains(SessionAuthenticator.COOKIE)
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void stateChangesWithoutTheCsrfTokenAreRefused() throws Exception {
        Browser police = as("police");
        String doc = CaseFiles.theft("CSRF-1").toString();
        assertThat(police.post("/api/cases", doc, null).statusCode()).isEqualTo(403);
        assertThat(police.post("/api/cases", doc, "forged").statusCode()).isEqualTo(403);
        Browser other = as("police2");
        assertThat(police.post("/api/cases", doc, other.csrf()).statusCode())
                .as("another session's token")
                .isEqualTo(403);
        assertThat(police.json(police.get("/api/cases")).findValuesAsText("caseId"))
                .doesNotContain("CSRF-1");
        assertThat(police.post("/api/cases", doc).statusCode()).isEqualTo(201);
    }

    @Test
    void prosecutorCannotEditPoliceEvidence() throws Exception {
        Browser police = as("police");
        Browser prosecutor = as("prosecutor");
        long id = importCase(police, CaseFiles.theft("EDIT-1"));
        String item = "{\"version\":%d,\"item\":{\"id\":\"E1\",\"category\":\"documentary\",\"kind\":\"other\","
                + "\"title\":\"changed\",\"text\":\"changed\"}}";
        assertThat(prosecutor
                        .put("/api/cases/" + id + "/evidence/E1", item.formatted(2))
                        .statusCode())
                .as("not visible during investigation")
                .isEqualTo(404);
        assertThat(police.put("/api/cases/" + id + "/evidence/E1", item.formatted(1))
                        .statusCode())
                .isEqualTo(200);
        openAllAndTransfer(police, id);
        assertThat(prosecutor
                        .put("/api/cases/" + id + "/evidence/E1", item.formatted(2))
                        .statusCode())
                .isEqualTo(403);
        assertThat(police.put("/api/cases/" + id + "/evidence/E1", item.formatted(2))
                        .statusCode())
                .as("the police's edit window closed with the transfer")
                .isEqualTo(403);
        assertThat(platform.cases().versions(id)).hasSize(2);
    }

    @Test
    void judgeCannotSeeACaseInInvestigation() throws Exception {
        Browser police = as("police");
        Browser judge = as("judge");
        long id = importCase(police, CaseFiles.theft("HIDDEN-1"));
        assertThat(judge.get("/api/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(judge.get("/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(judge.get("/api/cases/" + id + "/evidence/E1").statusCode()).isEqualTo(404);
        assertThat(judge.get("/api/cases/" + id + "/history").statusCode()).isEqualTo(404);
        assertThat(judge.json(judge.get("/api/cases")).findValuesAsText("caseId"))
                .doesNotContain("HIDDEN-1");
        assertThat(judge.get("/cases").body()).doesNotContain("HIDDEN-1");
        Browser operator = as("operator");
        assertThat(operator.get("/api/cases").statusCode()).isEqualTo(403);
        Browser admin = as("admin");
        assertThat(admin.get("/api/cases/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void scriptInDocumentTextIsShownAsText() throws Exception {
        Browser police = as("police");
        ObjectNode doc = CaseFiles.theft("XSS-1");
        doc.put("title", "<img src=x onerror=alert(1)>");
        ((ObjectNode) doc.path("evidence").get(0)).put("text", "<script>alert('x')</script>");
        ((ObjectNode) doc.path("offence")).put("text", "\"><script>alert(2)</script>");
        long id = importCase(police, doc);
        for (String path : List.of("/cases/" + id, "/cases/" + id + "/evidence/E1", "/cases")) {
            HttpResponse<String> page = police.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .as(path)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .contains("&lt;");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        }
        assertThat(police.get("/cases/" + id + "/evidence/E1").body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void sqlMetacharactersInEveryFieldAreHarmless() throws Exception {
        String nasty = "x'; DROP TABLE cases; -- \" OR '1'='1";
        Browser police = as("police");
        ObjectNode doc = CaseFiles.theft(nasty);
        doc.put("title", nasty);
        ((ObjectNode) doc.path("evidence").get(0)).put("id", "E1' OR '1'='1");
        long id = importCase(police, doc);
        HttpResponse<String> put = police.put(
                "/api/cases/" + id + "/evidence/E9%27%3B%20DELETE%20FROM%20audit_log%3B--",
                "{\"version\":1,\"item\":{\"id\":\"E9'; DELETE FROM audit_log;--\",\"category\":\"documentary\","
                        + "\"kind\":\"other\",\"title\":\"" + nasty.replace("\"", "\\\"") + "\",\"text\":\"t\"}}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode view = police.json(police.get("/api/cases/" + id));
        JsonNode finding = view.path("review").path("result").path("findings").get(0);
        HttpResponse<String> decision = police.post(
                "/api/cases/" + id + "/decisions",
                CaseFiles.JSON
                        .createObjectNode()
                        .put("review", view.path("review").path("id").asLong())
                        .put("finding", finding.path("identity").asText())
                        .put("decision", "dismiss")
                        .put("reason", "'); DELETE FROM finding_decisions; --")
                        .toString());
        assertThat(decision.statusCode()).as(decision.body()).isEqualTo(201);
        assertThat(police.post(
                                "/api/cases/" + id + "/transfer",
                                "{\"note\":\"" + "'; UPDATE cases SET stage='trial" + "\",\"confirmUnopened\":true}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(new Browser(server.port()).login("' OR '1'='1' --", "' OR '1'='1"))
                .isEqualTo(401);

        assertThat(platform.cases().findByRef(nasty)).hasValueSatisfying(c -> {
            assertThat(c.title()).isEqualTo(nasty);
            assertThat(c.stage()).isEqualTo("prosecution");
        });
        assertThat(platform.cases().decisions(id))
                .extracting(d -> d.reason())
                .containsExactly("'); DELETE FROM finding_decisions; --");
        assertThat(police.json(police.get("/api/cases/" + id))
                        .path("document")
                        .path("evidence")
                        .findValuesAsText("id"))
                .contains("E1' OR '1'='1", "E9'; DELETE FROM audit_log;--");
        assertThat(platform.audit().verify().intact()).isTrue();
        assertThat(platform.stateProblems()).isEmpty();
    }

    @Test
    void caseTravelsFromPoliceToProsecutorAndBackAndOnToCourt() throws Exception {
        Browser police = as("police");
        Browser prosecutor = as("prosecutor");
        Browser judge = as("judge");
        long id = importCase(police, CaseFiles.theft("FLOW-1"));

        HttpResponse<String> early = police.post("/api/cases/" + id + "/transfer", "{}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(police.json(early).path("unopened").size()).isEqualTo(7);
        openAllAndTransfer(police, id);

        JsonNode view = prosecutor.json(prosecutor.get("/api/cases/" + id));
        assertThat(view.path("stage").asText()).isEqualTo("prosecution");
        assertThat(prosecutor.post("/api/cases/" + id + "/review", "{}").statusCode())
                .isEqualTo(200);
        view = prosecutor.json(prosecutor.get("/api/cases/" + id));
        long review = view.path("review").path("id").asLong();
        String finding = view.path("review")
                .path("result")
                .path("findings")
                .get(0)
                .path("identity")
                .asText();
        String dismissWithoutReason = CaseFiles.JSON
                .createObjectNode()
                .put("review", review)
                .put("finding", finding)
                .put("decision", "dismiss")
                .toString();
        assertThat(prosecutor
                        .post("/api/cases/" + id + "/decisions", dismissWithoutReason)
                        .statusCode())
                .isEqualTo(400);
        String dismiss = CaseFiles.JSON
                .createObjectNode()
                .put("review", review)
                .put("finding", finding)
                .put("decision", "dismiss")
                .put("reason", "价格认定已复核，数额无误")
                .toString();
        assertThat(prosecutor.post("/api/cases/" + id + "/decisions", dismiss).statusCode())
                .isEqualTo(201);
        assertThat(prosecutor.post("/api/cases/" + id + "/return", "{}").statusCode())
                .isEqualTo(400);
        assertThat(prosecutor
                        .post("/api/cases/" + id + "/return", "{\"reasons\":\"补充被害人询问笔录\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(police.json(police.get("/api/cases/" + id)).path("stage").asText())
                .isEqualTo("investigation");
        assertThat(judge.get("/api/cases/" + id).statusCode()).isEqualTo(404);

        openAllAndTransfer(police, id);
        openAllAndTransfer(prosecutor, id);
        JsonNode atTrial = judge.json(judge.get("/api/cases/" + id));
        assertThat(atTrial.path("stage").asText()).isEqualTo("trial");
        assertThat(judge.get("/cases/" + id).body()).contains("补充被害人询问笔录");

        assertThat(platform.audit().forCase("FLOW-1"))
                .extracting(e -> e.action())
                .contains(
                        "case.import",
                        "review.run",
                        "finding.dismiss",
                        "case.return",
                        "case.transfer",
                        "evidence.open");
        assertThat(platform.audit().forCase("FLOW-1"))
                .filteredOn(e -> e.action().equals("finding.dismiss"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("价格认定已复核"));
        assertThat(platform.audit().verify().intact()).isTrue();
    }

    @Test
    void adminCanSwitchSuggestionsOff() throws Exception {
        Browser admin = as("admin");
        Browser police = as("police");
        long id = importCase(police, CaseFiles.theft("OFF-1"));
        assertThat(police.post("/api/admin/settings", "{\"suggestions\":\"off\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.post("/api/admin/settings", "{\"suggestions\":\"off\"}")
                        .statusCode())
                .isEqualTo(200);
        try {
            JsonNode view = police.json(police.get("/api/cases/" + id));
            assertThat(view.path("suggestions").asBoolean()).isFalse();
            assertThat(view.has("review")).isFalse();
            assertThat(police.post("/api/cases/" + id + "/review", "{}").statusCode())
                    .isEqualTo(409);
            assertThat(police.get("/cases/" + id).body()).contains("关闭");
        } finally {
            assertThat(admin.post("/api/admin/settings", "{\"suggestions\":\"on\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
        assertThat(admin.post(
                                "/api/admin/users",
                                "{\"name\":\"clerk\",\"password\":\"clerk-password\",\"roles\":[\"JUDGE\"]}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(new Browser(server.port()).login("clerk", "clerk-password")).isEqualTo(200);
    }
}
