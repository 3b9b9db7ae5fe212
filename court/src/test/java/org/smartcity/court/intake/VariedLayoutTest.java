package org.smartcity.court.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intake of a file whose wordings and layout differ from every other fixture's (see {@link VariedCase}). */
class VariedLayoutTest {
    @TempDir
    static Path dir;

    static JsonNode c;

    @BeforeAll
    static void takeIn() throws Exception {
        Optional<Path> font = FixturePdf.cjkFont();
        assumeTrue(font.isPresent(), "no CJK font installed: cannot write a Chinese test PDF");
        Path pdf = dir.resolve("varied.pdf");
        FixturePdf.write(pdf, VariedCase.pages(), font.get());
        c = new DocumentIntake(null, 1).read(pdf).caseFile();
    }

    @Test
    void aCoverTableWithoutColonsAndAChineseNumeralDateIsRead() {
        assertThat(c.path("caseId").asText()).isEqualTo("杭西公(刑)字〔2024〕第318号");
        assertThat(c.path("title").asText()).isEqualTo("王某危险驾驶案");
        assertThat(c.path("charges").toString()).isEqualTo("[\"dangerous-driving\"]");
        assertThat(c.path("registeredAt").asText()).isEqualTo("2024-03-09T22:10:00+08:00");
    }

    @Test
    void spacedLabelsDottedDatesAndIsoTimesAreRead() {
        JsonNode e1 = item("E1");
        assertThat(e1.path("kind").asText()).isEqualTo("breath-test");
        assertThat(e1.path("time").asText()).isEqualTo("2024-03-09T21:40:00+08:00");
        assertThat(names(e1.path("collectedBy"))).containsExactly("陈刚", "周敏");
        assertThat(names(e1.path("signedBy"))).containsExactly("王海", "陈刚", "周敏");
        JsonNode e2 = item("E2");
        assertThat(e2.path("time").path("start").asText()).isEqualTo("2024-03-09T22:30:00+08:00");
        assertThat(e2.path("time").path("end").asText()).isEqualTo("2024-03-09T23:05:00+08:00");
        assertThat(e2.path("place").asText()).isEqualTo("西湖区文三路派出所");
    }

    @Test
    void otherSubjectAndSignatureWordingsAreRead() {
        JsonNode e2 = item("E2");
        JsonNode witness = person(e2.path("subject").asText());
        assertThat(witness.path("name").asText()).isEqualTo("李青");
        assertThat(witness.path("birthDate").asText()).isEqualTo("1990-10-01");
        assertThat(names(e2.path("signedBy"))).containsExactly("李青", "陈刚");
    }

    @Test
    void runningHeadsAndFeetStayOutOfTheTextThatRunsOverThePage() {
        String text = item("E2").path("text").asText();
        assertThat(text).contains("差点撞到路边的护栏").doesNotContain("卷宗").doesNotContain("共 6 页");
    }

    @Test
    void theOffenceTimeInWordsIsRead() {
        assertThat(c.path("offence").path("time").asText()).isEqualTo("2024-03-09T21:40:00+08:00");
        assertThat(c.path("offence").path("bloodAlcohol_mg100ml").asDouble()).isEqualTo(156.0);
    }

    private static JsonNode item(String id) {
        for (JsonNode e : c.path("evidence")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no item " + id + " in " + c.path("evidence"));
    }

    private static JsonNode person(String id) {
        for (JsonNode p : c.path("persons")) {
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
