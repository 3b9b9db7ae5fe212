package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The police upload a case file's documents instead of JSON: upload → confirmation page (fields beside their pages,
 * unread ones marked) → confirm with an edit (audited) → the case exists and was reviewed. Other roles, missing CSRF
 * tokens, documents that are no case file and uploads over the size limit are refused.
 */
class IntakeHttpTest {
    private static final long MAX_BYTES = 40_000;

    @TempDir
    static Path dir;

    static SignedInWorkspace ws;

    @BeforeAll
    static void start() {
        System.setProperty("smartcity.intake.maxBytes", Long.toString(MAX_BYTES));
        ws = SignedInWorkspace.start(dir.resolve("data"), "police:POLICE", "judge:JUDGE", "prosecutor:PROSECUTOR");
    }

    @AfterAll
    static void stop() {
        ws.close();
        System.clearProperty("smartcity.intake.maxBytes");
    }

    /** A small theft case file as two text documents: cover to statement, then the items (form feeds between pages). */
    private static Map<String, byte[]> documents() {
        String front = String.join(
                "\n",
                "案件编号：西公刑字〔2025〕第41号",
                "案件名称：赵某盗窃案",
                "涉嫌罪名：盗窃罪",
                "犯罪嫌疑人：赵立",
                "\f卷内目录",
                "E1 讯问笔录（赵立） 3",
                "E2 到案经过 4",
                "\f起诉意见书",
                "犯罪嫌疑人赵立，男，1991年2月3日出生，公民身份号码330106199102030011。",
                "经侦查查明：2025年1月5日凌晨2时许，犯罪嫌疑人赵立在西湖区某超市内盗窃香烟十条，价值人民币3,500元。",
                "经审查认定：本案案发时间为2025年1月5日2时00分，案发地点为杭州市西湖区某超市，涉案金额为人民币3,500元。",
                "认定上述事实的证据如下：",
                "(一)犯罪嫌疑人供述和辩解：赵立的供述(E1)。",
                "(二)书证：到案经过(E2)。");
        String items = String.join(
                "\n",
                "讯问笔录",
                "证据编号：E1",
                "讯问时间：2025年1月6日9时00分至10时00分",
                "讯问地点：西湖区公安分局办案中心",
                "讯问人：钱明、孙亮",
                "被讯问人：赵立 性别：男",
                "问：你为什么被带到这里？",
                "答：我偷了超市的香烟。",
                "被讯问人签名：赵立",
                "讯问人签名：钱明",
                "讯问人签名：孙亮",
                "\f到案经过",
                "证据编号：E2",
                "制作时间：2025年1月5日10时00分",
                "办案民警：钱明、孙亮",
                "2025年1月5日8时许，民警在犯罪嫌疑人住处将其抓获。",
                "办案民警签名：钱明",
                "办案民警签名：孙亮");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("1 封面目录起诉意见书.txt", front.getBytes(StandardCharsets.UTF_8));
        files.put("2 证据.txt", items.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void uploadConfirmWithAnEditAndTheReviewRuns() throws Exception {
        Browser police = ws.as("police");
        HttpResponse<String> form = police.get("/cases/intake");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"").contains("name=\"_csrf\"");
        assertThat(police.get("/cases").body()).contains("href=\"/cases/intake\"");

        HttpResponse<String> up =
                police.postFiles("/cases/intake", Map.of("_csrf", police.csrf()), "files", documents());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(303);
        String confirmAt = up.headers().firstValue("Location").orElseThrow();
        assertThat(confirmAt).matches("/cases/intake/[0-9a-f]{24}");

        HttpResponse<String> page = police.get(confirmAt);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("name=\"f:$.caseId\" value=\"西公刑字〔2025〕第41号\"")
                .contains("class=\"unread\"")
                .contains("<pre translate=\"no\">")
                .contains("id=\"intake-confirm\"");
        assertThat(ws.as("judge").get(confirmAt).statusCode()).isEqualTo(403);

        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("_csrf", police.csrf());
        edits.put("f:$.title", "赵立盗窃案");
        HttpResponse<String> done = police.postForm(confirmAt + "/confirm", edits);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(303);
        String caseAt = done.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(caseAt.substring("/cases/".length()));

        JsonNode view = police.json(police.get("/api/cases/" + id));
        assertThat(view.toString()).contains("赵立盗窃案").contains("西公刑字〔2025〕第41号");
        String history = police.get("/api/cases/" + id + "/history").body();
        assertThat(history).contains("intake.edit").contains("intake.confirmed").contains("赵某盗窃案");
        JsonNode queue = police.json(police.get("/api/cases"));
        boolean reviewed = false;
        for (JsonNode c : queue) {
            if (c.path("id").asLong() == id) {
                reviewed = c.path("reviewed").asBoolean();
            }
        }
        assertThat(reviewed).isTrue();
        assertThat(police.get(confirmAt).statusCode())
                .as("a confirmed upload is gone")
                .isEqualTo(404);
    }

    @Test
    void documentsThatAreNoCaseFileAreRefusedNamingTheFile() throws Exception {
        Browser police = ws.as("police");
        HttpResponse<String> r = police.postFiles(
                "/cases/intake",
                Map.of("_csrf", police.csrf()),
                "files",
                Map.of("minutes.txt", "会议纪要\n今天讨论了<b>食堂</b>的菜单。".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("minutes.txt, page 1: not a case file").doesNotContain("smartcity-intake-");
        HttpResponse<String> odd = police.postFiles(
                "/cases/intake", Map.of("_csrf", police.csrf()), "files", Map.of("<img src=x>.xls", new byte[] {1, 2, 3
                }));
        assertThat(odd.statusCode()).isEqualTo(422);
        assertThat(odd.body())
                .contains("_img src=x_.xls: not a supported document")
                .doesNotContain("<img src=x>");
    }

    @Test
    void anUploadOverTheLimitIsRefused() throws Exception {
        Browser police = ws.as("police");
        byte[] big = new byte[(int) MAX_BYTES + 1000];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r =
                police.postFiles("/cases/intake", Map.of("_csrf", police.csrf()), "files", Map.of("big.txt", big));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("larger than");
    }

    @Test
    void onlyThePoliceUploadAndOnlyWithTheCsrfToken() throws Exception {
        Browser police = ws.as("police");
        assertThat(police.postFiles("/cases/intake", Map.of(), "files", documents())
                        .statusCode())
                .isEqualTo(403);
        Browser prosecutor = ws.as("prosecutor");
        assertThat(prosecutor.get("/cases/intake").statusCode()).isEqualTo(403);
        assertThat(prosecutor
                        .postFiles("/cases/intake", Map.of("_csrf", prosecutor.csrf()), "files", documents())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> up =
                police.postFiles("/cases/intake", Map.of("_csrf", police.csrf()), "files", documents());
        String confirmAt = up.headers().firstValue("Location").orElseThrow();
        assertThat(police.postForm(confirmAt + "/confirm", Map.of()).statusCode())
                .isEqualTo(403);
        Matcher m = Pattern.compile("/cases/intake/(\\w+)").matcher(confirmAt);
        assertThat(m.matches()).isTrue();
        assertThat(ws.as("police").get("/cases/intake/" + "0".repeat(24)).statusCode())
                .isEqualTo(404);
    }
}
