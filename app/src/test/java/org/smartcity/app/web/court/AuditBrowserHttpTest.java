package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.serve.CourtServeOptions;
import org.smartcity.app.web.WebServer;
import org.smartcity.app.web.traffic.OperatorActionLog;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.store.Database;

/**
 * Issue 17, item 15: the administrator's audit browser (page and JSON) — admin only, filters by case, user, action
 * and time, paged, each entry a sentence, traffic operators' acts included, the chain's state shown — and
 * {@code suggestion.shown} logged once per user and case version.
 */
class AuditBrowserHttpTest {
    @TempDir
    static Path dir;

    static SignedInWorkspace workspace;
    static Platform platform;
    static WebServer server;

    @BeforeAll
    static void start() {
        workspace = SignedInWorkspace.start(
                dir, "police:POLICE", "police2:POLICE", "admin:ADMIN", "operator:TRAFFIC_OPERATOR");
        platform = workspace.platform;
        server = workspace.server;
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    private static Browser as(String name) throws Exception {
        return workspace.as(name);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheAdministratorSeesTheAuditBrowser() throws Exception {
        Browser nobody = new Browser(server.port());
        assertThat(nobody.get("/admin/audit").statusCode()).isEqualTo(302);
        assertThat(nobody.get("/api/admin/audit/entries").statusCode()).isEqualTo(401);
        for (String name : List.of("police", "operator")) {
            Browser b = as(name);
            assertThat(b.get("/admin/audit").statusCode()).as(name).isEqualTo(403);
            assertThat(b.get("/api/admin/audit/entries").statusCode()).as(name).isEqualTo(403);
        }
        Browser admin = as("admin");
        assertThat(admin.get("/admin/audit").statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/admin/audit/entries").statusCode()).isEqualTo(200);
        HttpResponse<String> bad = admin.get("/api/admin/audit/entries?from=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'from'");
        assertThat(admin.get("/api/admin/audit/entries?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void entriesAreFilteredPagedAndToldAsEscapedSentences() throws Exception {
        Browser police = as("police");
        long id = WorkspaceHttpTest.importCase(police, CaseFiles.theft("AUD-1 <b>"));
        JsonNode view = police.json(police.get("/api/cases/" + id));
        JsonNode finding = view.path("review").path("result").path("findings").get(0);
        assertThat(finding).as("the fixture has findings").isNotNull();
        String reason = "<script>alert('x')</script> 证人已补充说明";
        HttpResponse<String> d = police.post(
                "/api/cases/" + id + "/decisions",
                "{\"review\":" + view.path("review").path("id").asLong() + ",\"finding\":\""
                        + finding.path("identity").asText() + "\",\"decision\":\"dismiss\",\"reason\":"
                        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(reason) + "}");
        assertThat(d.statusCode()).as(d.body()).isEqualTo(201);
        WorkspaceHttpTest.importCase(as("police2"), CaseFiles.theft("AUD-2"));

        Browser admin = as("admin");
        JsonNode byCase = admin.json(admin.get("/api/admin/audit/entries?case=" + q("AUD-1 <b>")));
        assertThat(byCase.path("total").asLong()).isPositive();
        assertThat(byCase.path("entries"))
                .allSatisfy(e -> assertThat(e.path("caseRef").asText()).isEqualTo("AUD-1 <b>"));

        JsonNode dismissals = admin.json(admin.get("/api/admin/audit/entries?action=finding.&user=police"));
        assertThat(dismissals.path("total").asLong()).isEqualTo(1);
        String sentence = dismissals.path("entries").get(0).path("sentence").asText();
        assertThat(sentence)
                .contains(
                        "police", "不予采纳", "AUD-1 <b>", finding.path("identity").asText(), reason);

        JsonNode byOther = admin.json(admin.get("/api/admin/audit/entries?user=police2&action=case.import"));
        assertThat(byOther.path("total").asLong()).isEqualTo(1);
        assertThat(byOther.path("entries").get(0).path("caseRef").asText()).isEqualTo("AUD-2");

        JsonNode future = admin.json(admin.get("/api/admin/audit/entries?from=2999-01-01"));
        assertThat(future.path("total").asLong()).isZero();
        JsonNode past = admin.json(admin.get("/api/admin/audit/entries?to=2000-01-01"));
        assertThat(past.path("total").asLong()).isZero();
        JsonNode today = admin.json(admin.get("/api/admin/audit/entries?from=2000-01-01T00:00&to=2999-12-31"));
        assertThat(today.path("total").asLong()).isEqualTo(platform.audit().size());

        String page = admin.get("/admin/audit?action=finding.").body();
        assertThat(page).contains("不予采纳").doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(page).contains("id=\"chain-state\" class=\"ok\"");
        admin.get("/lang?to=en");
        String english = admin.get("/admin/audit?action=finding.").body();
        assertThat(english).contains("dismissed, in case").doesNotContain("不予采纳");
    }

    @Test
    void pagesDoNotOverlapAndCoverEveryEntry() throws Exception {
        OperatorActionLog log = CourtServeOptions.auditedOperatorLog(platform);
        for (int i = 0; i < 60; i++) {
            log.record("operator", "step", "one step");
        }
        Browser admin = as("admin");
        JsonNode first = admin.json(admin.get("/api/admin/audit/entries"));
        long total = first.path("total").asLong();
        int size = first.path("pageSize").asInt();
        assertThat(total).as("enough entries for two pages").isGreaterThan(size);
        List<Long> seen = new ArrayList<>();
        for (int page = 1; (long) (page - 1) * size < total; page++) {
            JsonNode p = admin.json(admin.get("/api/admin/audit/entries?page=" + page));
            p.path("entries").forEach(e -> seen.add(e.path("seq").asLong()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        String html = admin.get("/admin/audit?page=2").body();
        assertThat(html).contains("rel=\"prev\"");
    }

    @Test
    void trafficOperatorsActsAreInTheTrailAsSentences() throws Exception {
        OperatorActionLog log = CourtServeOptions.auditedOperatorLog(platform);
        log.record(
                "operator",
                "switch-controller",
                "all junctions -> max-pressure",
                java.util.Map.of("junction", "", "controller", "max-pressure"));
        log.record("operator", "dispatch-ambulance", "road_1_0_1 -> road_2_1_2");
        Browser admin = as("admin");
        JsonNode acts = admin.json(admin.get("/api/admin/audit/entries?action=traffic.&user=operator"));
        assertThat(acts.path("total").asLong()).isEqualTo(2);
        assertThat(acts.path("entries"))
                .extracting(e -> e.path("sentence").asText())
                .anySatisfy(s -> assertThat(s)
                        .contains("operator", "切换了信号控制方案", "全部路口", "max-pressure")
                        .doesNotContain("all junctions"))
                .anySatisfy(s -> assertThat(s).contains("救护车"));
    }

    @Test
    void aBrokenChainIsShownWithTheEntryItBreaksAt() throws Exception {
        Path other = dir.resolve("broken");
        try (Platform p = Platform.open(Database.h2Url(other), 4)) {
            CourtWorkspace workspace = new CourtWorkspace(p);
            p.accounts().create("test", "admin", "admin-password".toCharArray(), Set.of("ADMIN"));
            p.settings().set("admin", CaseService.SUGGESTIONS_SETTING, "off");
            p.database().write(c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE audit_log SET detail = '{\"value\":\"on\"}' WHERE seq = 2")) {
                    return ps.executeUpdate();
                }
            });
            try (WebServer s = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace))) {
                Browser admin = new Browser(s.port());
                assertThat(admin.login("admin", "admin-password")).isEqualTo(200);
                String page = admin.get("/admin/audit").body();
                assertThat(page).contains("id=\"chain-state\" class=\"error\"").contains("第 2 条");
                JsonNode json = admin.json(admin.get("/api/admin/audit/entries"));
                assertThat(json.path("chain").path("intact").asBoolean()).isFalse();
                assertThat(json.path("chain").path("firstBadEntry").asLong()).isEqualTo(2);
            }
        }
    }

    @Test
    void aReferenceIsLoggedOncePerUserAndCaseVersion() throws Exception {
        Browser police = as("police");
        long id = WorkspaceHttpTest.importCase(police, CaseFiles.theft("AUD-SHOWN"));
        for (int i = 0; i < 3; i++) {
            assertThat(police.get("/cases/" + id).statusCode()).isEqualTo(200);
            police.get("/api/cases/" + id + "/reference");
        }
        assertThat(shown("AUD-SHOWN")).hasSize(1);
        Browser police2 = as("police2");
        police2.get("/cases/" + id);
        police2.get("/cases/" + id);
        assertThat(shown("AUD-SHOWN")).extracting(AuditEntry::actor).containsExactly("police", "police2");

        JsonNode doc = police.json(police.get("/api/cases/" + id));
        JsonNode item = doc.path("document").path("evidence").get(0);
        HttpResponse<String> put = police.put(
                "/api/cases/" + id + "/evidence/" + item.path("id").asText(),
                "{\"version\":" + doc.path("version").asInt(1) + ",\"item\":" + item + "}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        police.get("/cases/" + id);
        police.get("/cases/" + id);
        assertThat(shown("AUD-SHOWN")).hasSize(3);
    }

    private static List<AuditEntry> shown(String caseRef) {
        return platform.audit().forCase(caseRef).stream()
                .filter(e -> e.action().equals("suggestion.shown"))
                .toList();
    }
}
