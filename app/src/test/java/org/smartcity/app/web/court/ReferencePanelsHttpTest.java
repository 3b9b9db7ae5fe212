package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.CliRun;
import org.smartcity.app.web.WebServer;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.store.Database;

/**
 * The case page's similar-cases and sentencing-reference panels over real HTTP, with a model and a case library
 * trained on a tiny generated CAIL list: shown escaped and logged with the engines' versions, hidden and not logged
 * when suggestions are off; a bad {@code --model} or {@code --index} folder is a one-line error at start.
 */
class ReferencePanelsHttpTest {
    @TempDir
    static Path dir;

    static Platform platform;
    static WebServer server;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** 15 theft and 15 dangerous-driving facts as CAIL lines; every theft carries markup in its text. */
    private static List<String> lines() {
        Random r = new Random(5);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String markup = "<script>alert(1)</script>";
            out.add("{\"fact\":\"经审理查明，被告人张某" + markup + "在车棚内盗窃他人电动车一辆，价值人民币" + (3000 + 100 * r.nextInt(30))
                    + "元，归案后如实供述。\",\"meta\":{\"accusation\":[\"盗窃\"],\"relevant_articles\":[264],"
                    + "\"term_of_imprisonment\":{\"imprisonment\":" + (6 + r.nextInt(6))
                    + ",\"death_penalty\":false,\"life_imprisonment\":false}}}");
            out.add("{\"fact\":\"经审理查明，被告人李某醉酒驾驶小型轿车被交警查获，经鉴定血液中乙醇含量为" + (100 + r.nextInt(100))
                    + "mg/100ml。\",\"meta\":{\"accusation\":[\"危险驾驶\"],\"relevant_articles\":[133],"
                    + "\"term_of_imprisonment\":{\"imprisonment\":" + (1 + r.nextInt(4))
                    + ",\"death_penalty\":false,\"life_imprisonment\":false}}}");
        }
        return out;
    }

    @BeforeAll
    static void start() throws Exception {
        Path data = dir.resolve("cases.jsonl");
        Files.write(data, lines(), StandardCharsets.UTF_8);
        Path model = dir.resolve("model");
        Path index = dir.resolve("index");
        CliRun t = run("court", "train", "--data", data.toString(), "--model", model.toString());
        assertThat(t.code()).as(t.err()).isZero();
        CliRun i = run("court", "index", "--data", data.toString(), "--index", index.toString());
        assertThat(i.code()).as(i.err()).isZero();
        platform = Platform.open(Database.h2Url(dir.resolve("db")), 4);
        CourtWorkspace workspace = new CourtWorkspace(
                platform,
                ReferenceEngines.load(org.smartcity.court.sentencing.SentencingRules.builtIn(), model, index));
        platform.accounts().create("test", "police", "police-password".toCharArray(), Set.of("POLICE"));
        platform.accounts().create("test", "admin", "admin-password".toCharArray(), Set.of("ADMIN"));
        server = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser as(String name) throws Exception {
        Browser b = new Browser(server.port());
        assertThat(b.login(name, name + "-password")).isEqualTo(200);
        return b;
    }

    /** A theft of 5,000 yuan with a confession: within the guideline's "large amount" tier. */
    private static long importTheft(Browser police, String caseId) throws Exception {
        ObjectNode doc = CaseFiles.theft(caseId);
        ObjectNode offence = (ObjectNode) doc.get("offence");
        offence.put("amount_cny", 5000);
        offence.put("text", "2025年4月10日22时许，犯罪嫌疑人邓国强在车棚内剪断车锁盗窃被害人电动车一辆，经价格认定价值人民币5000元。归案后如实供述。");
        HttpResponse<String> r = police.post("/api/cases", doc.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return police.json(r).path("id").asLong();
    }

    private static List<AuditEntry> shown(String caseRef) {
        return platform.audit().forCase(caseRef).stream()
                .filter(e -> e.action().equals("suggestion.shown"))
                .toList();
    }

    private static String section(String page, String id) {
        int start = page.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    void caseViewShowsBothPanelsEscapedAndLogsTheEngines() throws Exception {
        Browser police = as("police");
        long id = importTheft(police, "REF-1");
        String page = police.get("/cases/" + id).body();

        String sentencing = section(page, "sentencing");
        assertThat(sentencing)
                .contains("量刑参考")
                .contains("不是裁判")
                .contains("theft")
                .contains("id=\"sentencing-months\"")
                .contains("2021-national-2")
                .contains("id=\"empirical\"");
        String similar = section(page, "similar-cases");
        assertThat(similar).contains("相似案例").contains("盗窃").doesNotContain("no-library");
        assertThat(page).doesNotContain("<script>alert");
        assertThat(similar).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

        List<AuditEntry> entries = shown("REF-1");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).actor()).isEqualTo("police");
        assertThat(entries.get(0).detail())
                .contains("guideline-calculator rules 2021-national-2")
                .contains("suggestion-model format " + SuggestionModel.FORMAT_VERSION + " seed")
                .contains("similar-case-search library 30 cases");
        assertThat(platform.audit().verify().intact()).isTrue();
    }

    @Test
    void theCalculationIsToldInThePagesLanguage() throws Exception {
        Browser police = as("police");
        long id = importTheft(police, "REF-LANG");
        String zh = section(police.get("/cases/" + id).body(), "sentencing");
        assertThat(zh).contains("量刑起点").contains("取指导意见幅度").contains("指导意见允许法院");
        assertThat(zh).doesNotContain("starting point").doesNotContain("the guideline lets");
        police.get("/lang?to=en");
        String en = section(police.get("/cases/" + id).body(), "sentencing");
        assertThat(en).contains("starting point").contains("the guideline lets the court");
        assertThat(en).doesNotContain("取指导意见幅度").doesNotContain("指导意见允许法院");
    }

    @Test
    void referenceApiGivesThePanelsAsJsonAndLogsTheFirstShowingOfAVersionOnce() throws Exception {
        Browser police = as("police");
        long id = importTheft(police, "REF-API");
        HttpResponse<String> first = police.get("/api/cases/" + id + "/reference");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var ref = police.json(first);
        assertThat(ref.path("shown").asBoolean()).isTrue();
        assertThat(ref.path("libraryConfigured").asBoolean()).isTrue();
        assertThat(ref.path("sentencing").path("charge").path("id").asText()).isEqualTo("theft");
        assertThat(ref.path("sentencing").path("months").isNumber()).isTrue();
        assertThat(ref.path("similar")).isNotEmpty();
        assertThat(ref.path("similar").get(0).path("charges").toString()).contains("盗窃");
        assertThat(ref.path("engines").toString()).contains("similar-case-search library 30 cases");

        String page = police.get("/cases/" + id).body();
        assertThat(section(page, "sentencing")).contains("theft");
        HttpResponse<String> again = police.get("/api/cases/" + id + "/reference");
        assertThat(police.json(again)).isEqualTo(ref);
        assertThat(shown("REF-API"))
                .as("one audit entry per user and case version, however often it is viewed (issue 17, item 15)")
                .hasSize(1);

        Browser anonymous = new Browser(server.port());
        assertThat(anonymous.get("/api/cases/" + id + "/reference").statusCode())
                .isEqualTo(401);
    }

    @Test
    void switchedOffSuggestionsHideBothPanelsAndLogNothing() throws Exception {
        Browser police = as("police");
        Browser admin = as("admin");
        long id = importTheft(police, "REF-OFF");
        assertThat(admin.post("/api/admin/settings", "{\"suggestions\":\"off\"}")
                        .statusCode())
                .isEqualTo(200);
        try {
            String page = police.get("/cases/" + id).body();
            assertThat(page)
                    .contains("id=\"facts\"")
                    .doesNotContain("id=\"sentencing\"")
                    .doesNotContain("id=\"similar-cases\"");
            var off = police.json(police.get("/api/cases/" + id + "/reference"));
            assertThat(off.path("shown").asBoolean()).isFalse();
            assertThat(off.path("reason").asText()).isEqualTo("suggestions are switched off");
            assertThat(shown("REF-OFF")).isEmpty();
        } finally {
            assertThat(admin.post("/api/admin/settings", "{\"suggestions\":\"on\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void withoutALibraryTheSimilarPanelSaysSoAndTheCalculatorStillWorks() throws Exception {
        Path other = dir.resolve("bare");
        Platform bare = Platform.open(Database.h2Url(other), 4);
        CourtWorkspace workspace = new CourtWorkspace(bare);
        bare.accounts().create("test", "police", "police-password".toCharArray(), Set.of("POLICE"));
        {
            try (WebServer s = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace))) {
                Browser police = new Browser(s.port());
                assertThat(police.login("police", "police-password")).isEqualTo(200);
                ObjectNode doc = CaseFiles.theft("REF-BARE");
                HttpResponse<String> r = police.post("/api/cases", doc.toString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                String page = police.get("/cases/" + police.json(r).path("id").asLong())
                        .body();
                assertThat(section(page, "similar-cases")).contains("id=\"no-library\"");
                assertThat(section(page, "sentencing")).contains("theft").doesNotContain("id=\"empirical\"");
                assertThat(bare.audit().forCase("REF-BARE"))
                        .anySatisfy(e -> assertThat(e.detail())
                                .contains("guideline-calculator")
                                .doesNotContain("suggestion-model"));
            }
        }
    }

    @Test
    void badModelOrIndexFolderIsAOneLineErrorAtStart() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String data = dir.resolve("serve-data").toString();
        CliRun badModel = run("serve", "--port", "0", "--data", data, "--model", empty.toString());
        assertThat(badModel.code()).isEqualTo(1);
        assertThat(badModel.err().strip()).startsWith("error: --model").doesNotContain("\n");
        CliRun badIndex = run("serve", "--port", "0", "--data", data, "--index", empty.toString());
        assertThat(badIndex.code()).isEqualTo(1);
        assertThat(badIndex.err().strip()).startsWith("error: --index").doesNotContain("\n");
        CliRun missing =
                run("demo", "--port", "0", "--model", dir.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no model folder");
    }
}
