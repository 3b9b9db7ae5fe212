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

/** Signature blocks, headers and expert certificates in the layouts of {@link FormVariantsCase}. */
class FormVariantsTest {
    @TempDir
    static Path dir;

    static JsonNode c;

    private final Labels labels = Labels.builtIn();

    @BeforeAll
    static void takeIn() throws Exception {
        Optional<Path> font = FixturePdf.cjkFont();
        assumeTrue(font.isPresent(), "no CJK font installed: cannot write a Chinese test PDF");
        Path pdf = dir.resolve("variants.pdf");
        FixturePdf.write(pdf, FormVariantsCase.pages(), font.get());
        c = new DocumentIntake(null, 1).read(pdf).caseFile();
    }

    @Test
    void signingWordsBeforeTheRoleOrSeveralInOneBracketAreSignatureLabels() {
        List<String> suffixes = labels.list("signature.suffixes");
        assertThat(SignatureLine.role("签字(侦查员)", suffixes)).isEqualTo("侦查员");
        assertThat(SignatureLine.role("持有人(签字、捺印)", suffixes)).isEqualTo("持有人");
        assertThat(SignatureLine.role("见证人(签名/盖章)", suffixes)).isEqualTo("见证人");
        assertThat(SignatureLine.role("见证人签名/捺印", suffixes)).isEqualTo("见证人");
        assertThat(SignatureLine.role("侦查员(第一次)", suffixes)).isNull();
        assertThat(SignatureLine.role("签名", suffixes)).isNull();
        LabelLines lines = new LabelLines(labels);
        assertThat(lines.line("签字(侦查员)  孙立", true)).startsWith("签字(侦查员):");
        assertThat(lines.line("签字(保洁员)  孙立", true)).doesNotContain(":");
    }

    @Test
    void signaturesInCellsWithoutColonsAreRead() {
        assertThat(names(item("E1").path("signedBy"))).containsExactly("赵强", "孙立", "钱芳");
        assertThat(names(item("E3").path("signedBy"))).containsExactly("赵强", "孙立", "钱芳");
    }

    @Test
    void theSameSignatureAtTheFootOfMostPagesIsNoRunningLine() {
        assertThat(names(item("E4").path("signedBy"))).containsExactly("孙立", "钱芳");
    }

    @Test
    void aHeaderOpeningWithTheSuspectAndHoldingAnUnlistedUnitLabelIsReadWhole() {
        JsonNode e1 = item("E1");
        assertThat(person(e1.path("subject").asText()).path("name").asText()).isEqualTo("赵强");
        assertThat(names(e1.path("collectedBy"))).containsExactly("孙立", "钱芳");
        assertThat(e1.path("kind").asText()).isEqualTo("interrogation-record");
    }

    @Test
    void aLabelNoListNamesThatEndsLikeAHeaderLabelDoesNotEndTheHeader() {
        assertThat(person(item("E2").path("subject").asText()).path("name").asText())
                .isEqualTo("钱小梅");
        LabelLines lines = new LabelLines(labels);
        assertThat(lines.line("检材保管单位 市局物证室", true)).isEqualTo("检材保管单位: 市局物证室");
        assertThat(lines.line("问 你去过什么地点", true)).isEqualTo("问 你去过什么地点");
    }

    @Test
    void certificatesInARunningParagraphBelongToTheExpertBeforeThem() {
        JsonNode e2 = item("E2");
        assertThat(names(e2.path("signedBy"))).containsExactly("周雯", "吴刚");
        for (JsonNode id : e2.path("signedBy")) {
            assertThat(person(id.asText()).path("qualification").asText()).contains("资格证书");
        }
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
