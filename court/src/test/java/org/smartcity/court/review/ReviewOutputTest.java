package org.smartcity.court.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.casefile.ReadResult;
import org.smartcity.court.finding.Language;
import org.smartcity.court.report.TextReport;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/** The review JSON has exactly the specification's fields; the text report groups by severity and quotes. */
class ReviewOutputTest {
    private static final Path CASE = Path.of("src", "test", "resources", "cases", "fraud-flawed.json");

    private static ReadResult read() throws Exception {
        return new CaseFileReader().read(CASE);
    }

    @Test
    void reviewJsonFollowsTheSpecification() throws Exception {
        Review r = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard()).review(read());
        JsonNode json = new ReviewJson().toJson(r, Language.ZH);
        assertThat(json.get("caseId").asText()).isEqualTo("测试刑案字[2025]fraud-flawed号");
        assertThat(json.get("standardVersion").asText()).isEqualTo("fraud@2024.1");
        assertThat(json.has("problems")).isFalse();
        for (JsonNode f : json.get("findings")) {
            assertThat(f.has("kind") && f.has("severity") && f.has("evidence") && f.has("persons"))
                    .isTrue();
            assertThat(f.has("missingKind") && f.has("message") && f.has("basis") && f.has("rule"))
                    .isTrue();
        }
        JsonNode missing = json.get("findings").get(0);
        assertThat(missing.get("kind").asText()).isEqualTo("missing-evidence");
        assertThat(missing.get("missingKind").asText()).isEqualTo("chat-records");
        assertThat(missing.get("severity").asText()).isEqualTo("missing");
        JsonNode retracted = json.get("findings").get(2);
        assertThat(retracted.get("kind").asText()).isEqualTo("retracted-confession");
        assertThat(retracted.get("missingKind").isNull()).isTrue();
        assertThat(retracted.get("basis").asText()).isEqualTo("最高法关于适用刑事诉讼法的解释第九十六条");
        assertThat(retracted.get("message").asText()).contains("易峰");
        assertThat(new ReviewJson().toLine(r, Language.EN)).doesNotContain("\n").contains("confesses in E3");
    }

    @Test
    void textReportGroupsBySeverityAndQuotesTheEvidence() throws Exception {
        ReadResult read = read();
        Review r = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard()).review(read);
        String zh = new TextReport().render(r, read.caseFile(), Language.ZH);
        assertThat(zh).contains("【缺失】1", "【矛盾】2", "依据：", "E6 银行流水：「2025年6月1日15时20分");
        assertThat(zh.indexOf("【缺失】")).isLessThan(zh.indexOf("【矛盾】"));
        String en = new TextReport().render(r, read.caseFile(), Language.EN);
        assertThat(en).contains("[missing] 1", "Case review:", "basis: ");
    }
}
