package org.smartcity.court.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.court.casefile.CaseFileReader;
import org.smartcity.court.finding.Finding;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.review.Review;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

class BornDigitalIntakeTest {
    @TempDir
    static Path dir;

    static Path pdf;
    static JsonNode caseFile;

    @BeforeAll
    static void takeIn() throws Exception {
        Optional<Path> font = FixturePdf.cjkFont();
        assumeTrue(font.isPresent(), "no CJK font installed: cannot write a Chinese test PDF");
        pdf = dir.resolve("case.pdf");
        FixturePdf.write(pdf, FixtureCase.pages(), font.get());
        caseFile = new DocumentIntake(null, 1).read(pdf).caseFile();
    }

    @Test
    void readsTheCoverWithItsOwnLabelsAndWidths() {
        assertThat(caseFile.path("caseId").asText()).isEqualTo("甬公(海)刑案字〔2025〕0077号");
        assertThat(caseFile.path("title").asText()).isEqualTo("李某某诈骗案");
        assertThat(caseFile.path("charges").toString()).isEqualTo("[\"fraud\"]");
        assertThat(caseFile.path("stage").asText()).isEqualTo("prosecution");
        assertThat(caseFile.path("registeredAt").asText()).isEqualTo("2025-02-03T09:30:00+08:00");
    }

    @Test
    void readsTheOffenceFromTheSummaryOfTheStatement() {
        JsonNode o = caseFile.path("offence");
        assertThat(o.path("time").asText()).isEqualTo("2025-01-20T14:00:00+08:00");
        assertThat(o.path("place").asText()).isEqualTo("宁波市海曙区南门街道某小区");
        assertThat(o.path("amount_cny").asDouble()).isEqualTo(12000.0);
        assertThat(o.path("text").asText()).startsWith("2025年1月20日14时许").endsWith("12,000元。");
    }

    @Test
    void classifiesEveryItemAndTakesTheCategoryFromTheStatement() {
        assertThat(kinds()).containsExactly("arrival-report", "interrogation-record", "inquiry-record", "bank-records");
        assertThat(item("E3").path("category").asText()).isEqualTo("victim-statement");
        assertThat(item("E4").path("category").asText()).isEqualTo("documentary");
        assertThat(item("E2").path("title").asText()).isEqualTo("讯问笔录（李文博）");
    }

    @Test
    void readsAHeaderInAnotherOrderWithASpanWhoseEndGivesOnlyTheTime() {
        JsonNode e2 = item("E2");
        assertThat(e2.path("time").path("start").asText()).isEqualTo("2025-02-03T10:00:00+08:00");
        assertThat(e2.path("time").path("end").asText()).isEqualTo("2025-02-03T11:30:00+08:00");
        assertThat(e2.path("recording").asBoolean()).isTrue();
        assertThat(names(e2.path("collectedBy"))).containsExactly("张强", "刘洋");
        assertThat(person(e2.path("subject").asText()).path("birthDate").asText())
                .isEqualTo("1990-06-01");
        assertThat(item("E1").path("time").asText()).isEqualTo("2025-02-03T11:00:00+08:00");
        assertThat(item("E3").path("time").path("end").asText()).isEqualTo("2025-02-03T15:00:00+08:00");
    }

    @Test
    void aBlankSignatureLineSignsForNobodyAndTheTextRunsOverThePageBreak() {
        JsonNode e2 = item("E2");
        assertThat(names(e2.path("signedBy"))).containsExactly("李文博", "张强");
        assertThat(e2.path("text").asText())
                .contains("还网贷")
                .doesNotContain("签名")
                .doesNotContain("- 5 -");
    }

    @Test
    void personsPresentKeepTheirRole() {
        JsonNode e3 = item("E3");
        assertThat(names(e3.path("present"))).containsExactly("周建国");
        assertThat(person(e3.path("present").get(0).asText()).path("role").asText())
                .isEqualTo("guardian");
        JsonNode victim = person(e3.path("subject").asText());
        assertThat(victim.path("role").asText()).isEqualTo("victim");
        assertThat(victim.path("idNumber").asText()).isEqualTo("330203200805050023");
    }

    @Test
    void provenanceNamesThePageOfEachFieldAndFlagsWhatWasNotRead() {
        JsonNode fields = caseFile.path("intake").path("fields");
        assertThat(fields.path("$.evidence[E2].time").path("page").asInt()).isEqualTo(5);
        assertThat(fields.path("$.evidence[E2].signedBy").path("page").asInt()).isEqualTo(6);
        assertThat(fields.path("$.caseId").path("confidence").asDouble()).isEqualTo(1.0);
        List<String> unread = new ArrayList<>();
        caseFile.path("intake")
                .path("unread")
                .forEach(u -> unread.add(u.path("field").asText()));
        assertThat(unread).doesNotContain("$.evidence[E2].time", "$.caseId");
    }

    @Test
    void theReviewAcceptsTheIntakeAndFindsTheMissingSignature() throws Exception {
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        Review review = reviewer.review(new CaseFileReader().read("case.pdf", caseFile));
        assertThat(review.findings()).extracting(Finding::identity).contains("unsigned|E2|");
        assertThat(review.problems()).isEmpty();
    }

    @Test
    void aPdfThatIsNoCaseFileGetsOneLineNamingFileAndPage() throws Exception {
        Path other = dir.resolve("minutes.pdf");
        FixturePdf.write(
                other,
                List.of(List.of("会议纪要", "今天讨论了食堂的菜单。")),
                FixturePdf.cjkFont().orElseThrow());
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(other))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("minutes.pdf, page 1: not a case file");
    }

    @Test
    void aBrokenFileIsNamedInTheMessage() throws Exception {
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "this is not a PDF");
        assertThatThrownBy(() -> new DocumentIntake(null, 1).read(broken))
                .isInstanceOf(IntakeException.class)
                .hasMessageStartingWith("broken.pdf: not a readable PDF")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static List<String> kinds() {
        List<String> out = new ArrayList<>();
        caseFile.path("evidence").forEach(e -> out.add(e.path("kind").asText()));
        return out;
    }

    private static JsonNode item(String id) {
        for (JsonNode e : caseFile.path("evidence")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no item " + id);
    }

    private static JsonNode person(String id) {
        for (JsonNode p : caseFile.path("persons")) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no person " + id);
    }

    private static List<String> names(JsonNode ids) {
        List<String> out = new ArrayList<>();
        ids.forEach(i -> out.add(person(i.asText()).path("name").asText()));
        return out;
    }
}
