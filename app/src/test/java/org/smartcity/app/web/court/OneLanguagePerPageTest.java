package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.serve.CourtServeOptions;
import org.smartcity.app.web.WebServer;
import org.smartcity.platform.Platform;

/**
 * Issue 17, item 14: every page of the workspace, walked by every role in both languages, holds no text of the
 * other language — beyond what is data by design (names, case content, ids, engine output), which the pages mark
 * {@code translate="no"} and this test leaves out. Text is what a person reads: element text and the placeholder,
 * title, aria-label and data-confirm attributes.
 */
class OneLanguagePerPageTest {
    @TempDir
    static Path dir;

    static SignedInWorkspace workspace;
    static Platform platform;
    static WebServer server;
    static long trialCase;
    static long closedCase;
    static long investigatedCase;

    private static final Pattern HIDDEN = Pattern.compile(
            "<(\\w+)\\b[^>]*\\btranslate=\"no\"[^>]*>.*?</\\1>|<script\\b.*?</script>|<style\\b.*?</style>|<title>.*?</title>",
            Pattern.DOTALL);
    private static final Pattern READ_ATTRIBUTE =
            Pattern.compile("\\b(?:placeholder|title|aria-label|data-confirm)=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-z]+|#[0-9]+);");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff01-\\uff5e]+");
    /** Two or more Latin letters in a row: an English word. */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");

    @BeforeAll
    static void start() throws Exception {
        workspace =
                SignedInWorkspace.start(dir, "police:POLICE", "prosecutor:PROSECUTOR", "judge:JUDGE", "admin:ADMIN");
        platform = workspace.platform;
        server = workspace.server;
        Browser police = as("police");
        investigatedCase = WorkspaceHttpTest.importCase(police, CaseFiles.theft("LANG-1"));
        JsonNode view = police.json(police.get("/api/cases/" + investigatedCase));
        JsonNode finding = view.path("review").path("result").path("findings").get(0);
        police.post(
                "/api/cases/" + investigatedCase + "/decisions",
                "{\"review\":" + view.path("review").path("id").asLong() + ",\"finding\":\""
                        + finding.path("identity").asText() + "\",\"decision\":\"dismiss\",\"reason\":\"补正说明\"}");
        trialCase = WorkspaceHttpTest.importCase(police, CaseFiles.theft("LANG-2"));
        WorkspaceHttpTest.openAllAndTransfer(police, trialCase);
        WorkspaceHttpTest.openAllAndTransfer(as("prosecutor"), trialCase);
        closedCase = WorkspaceHttpTest.importCase(police, CaseFiles.theft("LANG-3"));
        WorkspaceHttpTest.openAllAndTransfer(police, closedCase);
        WorkspaceHttpTest.openAllAndTransfer(as("prosecutor"), closedCase);
        Browser judge = as("judge");
        JsonNode doc = judge.json(judge.get("/api/cases/" + closedCase));
        for (JsonNode item : doc.path("document").path("evidence")) {
            judge.get(
                    "/api/cases/" + closedCase + "/evidence/" + item.path("id").asText());
        }
        StringBuilder charges = new StringBuilder();
        for (JsonNode c : doc.path("document").path("charges")) {
            charges.append(charges.length() == 0 ? "" : ",")
                    .append("{\"charge\":\"")
                    .append(c.asText())
                    .append("\",\"verdict\":\"guilty\"}");
        }
        HttpResponse<String> closed = judge.post(
                "/api/cases/" + closedCase + "/close",
                "{\"charges\":[" + charges + "],\"sentence\":\"有期徒刑六个月\",\"override\":\"经审查证据充分\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        CourtServeOptions.auditedOperatorLog(platform).record("judge", "switch-controller", "all junctions -> webster");
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    private static Browser as(String name) throws Exception {
        return workspace.as(name);
    }

    /** Every page each role can reach, by role. */
    private static Map<String, List<String>> pages() throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(
                "police",
                withEvidence(List.of("/cases", "/about", "/cases/" + investigatedCase), investigatedCase, "police"));
        out.put("prosecutor", List.of("/cases"));
        out.put(
                "judge",
                withEvidence(List.of("/cases", "/cases/" + trialCase, "/cases/" + closedCase), closedCase, "judge"));
        out.put(
                "admin",
                List.of(
                        "/admin",
                        "/admin/audit",
                        "/admin/audit?action=finding.",
                        "/admin/audit?action=case.",
                        "/admin/audit?action=traffic."));
        return out;
    }

    private static List<String> withEvidence(List<String> pages, long caseId, String role) throws Exception {
        List<String> out = new ArrayList<>(pages);
        Browser b = as(role);
        for (JsonNode item :
                b.json(b.get("/api/cases/" + caseId)).path("document").path("evidence")) {
            out.add("/cases/" + caseId + "/evidence/" + item.path("id").asText());
        }
        return out;
    }

    @Test
    void noPageMixesTheTwoLanguages() throws Exception {
        List<String> problems = new ArrayList<>();
        for (boolean zh : new boolean[] {true, false}) {
            Browser anonymous = new Browser(server.port());
            if (!zh) {
                anonymous.get("/lang?to=en");
            }
            check(problems, zh, "/login", anonymous.get("/login"));
            for (Map.Entry<String, List<String>> role : pages().entrySet()) {
                Browser b = as(role.getKey());
                if (!zh) {
                    b.get("/lang?to=en");
                }
                for (String path : role.getValue()) {
                    check(problems, zh, role.getKey() + " " + path, b.get(path));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, boolean zh, String where, HttpResponse<String> page) {
        assertThat(page.statusCode()).as(where).isEqualTo(200);
        String body = page.body();
        String read = HIDDEN.matcher(body).replaceAll(" ");
        StringBuilder text = new StringBuilder();
        Matcher attributes = READ_ATTRIBUTE.matcher(read);
        while (attributes.find()) {
            text.append(' ').append(attributes.group(1));
        }
        text.append(' ').append(TAG.matcher(read).replaceAll(" "));
        String plain = ENTITY.matcher(text).replaceAll(" ");
        text.setLength(0);
        text.append(plain);
        Matcher other = (zh ? LATIN : CJK).matcher(text);
        while (other.find()) {
            int from = Math.max(0, other.start() - 30);
            int to = Math.min(text.length(), other.end() + 30);
            problems.add((zh ? "zh " : "en ") + where + ": '" + other.group() + "' in …"
                    + text.substring(from, to).replaceAll("\\s+", " ") + "…");
        }
    }
}
