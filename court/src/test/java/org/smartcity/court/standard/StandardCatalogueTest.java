package org.smartcity.court.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.court.casefile.EvidenceKind;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.rule.RuleRegistry;

/** Standards are data: shipped for every charge, validated, replaceable from a folder. */
class StandardCatalogueTest {
    @Test
    void everyChargeOfTheCatalogueShipsWithItsRequiredKinds() throws Exception {
        StandardCatalogue c = StandardCatalogue.builtIn();
        assertThat(c.codes())
                .containsExactly(
                        "dangerous-driving", "drug-trafficking", "fraud", "intentional-injury", "robbery", "theft");
        for (String code : c.codes()) {
            EvidenceStandard s = c.find(code).orElseThrow();
            assertThat(s.required())
                    .as(code)
                    .extracting(Requirement::reportedKind)
                    .contains(
                            EvidenceKind.IDENTITY_PROOF,
                            EvidenceKind.ARRIVAL_REPORT,
                            EvidenceKind.INTERROGATION_RECORD);
        }
        assertThat(c.find("theft").orElseThrow().thresholds().get(0).minimum()).isEqualByComparingTo("1000");
        assertThat(c.find("robbery").orElseThrow().minimumAge()).isEqualTo(14);
        new CaseReviewer(c, RuleRegistry.standard());
    }

    @Test
    void aFolderReplacesAChargeAndAddsANewOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("theft-local.json"), """
                {"standardFormat":1,"charge":"theft","version":"local-1","name":{"zh":"盗窃罪","en":"theft"},
                 "law":"刑法第二百六十四条","required":[{"kind":"identity-proof"}],
                 "thresholds":[{"fact":"amount_cny","min":2000,"unless":["burglary"]}],"minimumAge":16}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("embezzlement.json"), """
                {"standardFormat":1,"charge":"embezzlement","version":"1","name":{"zh":"职务侵占罪","en":"embezzlement"},
                 "law":"刑法第二百七十一条","required":[{"kind":"bank-records"}],"minimumAge":16}
                """, StandardCharsets.UTF_8);
        StandardCatalogue c = StandardCatalogue.builtIn().withDirectory(dir);
        assertThat(c.find("theft").orElseThrow().version()).isEqualTo("local-1");
        assertThat(c.find("theft").orElseThrow().thresholds().get(0).minimum()).isEqualByComparingTo("2000");
        assertThat(c.find("embezzlement")).isPresent();
        assertThat(c.codes()).hasSize(7);
    }

    @Test
    void invalidStandardsAreRefusedWithFilePathAndReason() {
        StandardReader r = new StandardReader();
        assertThatThrownBy(() -> r.read(
                        "s.json",
                        bytes("{\"standardFormat\":1,\"charge\":\"x\",\"version\":\"1\","
                                + "\"name\":{\"zh\":\"x\",\"en\":\"x\"},\"law\":\"x\",\"minimumAge\":16,"
                                + "\"required\":[{\"kind\":\"selfie\"}]}")))
                .isInstanceOf(StandardException.class)
                .hasMessageStartingWith("s.json: at $.required[0].kind: unknown evidence kind");
        assertThatThrownBy(() -> r.read(
                        "s.json",
                        bytes("{\"standardFormat\":1,\"charge\":\"x\",\"version\":\"1\","
                                + "\"name\":{\"zh\":\"x\",\"en\":\"x\"},\"law\":\"x\",\"minimumAge\":16,\"required\":[],"
                                + "\"thresholds\":[{\"fact\":\"amount_cny\",\"min\":1,\"unless\":[\"full-moon\"]}]}")))
                .hasMessageStartingWith("s.json: at $.thresholds[0].unless[0]: unknown condition 'full-moon'");
        assertThatThrownBy(() -> r.read("s.json", bytes("{\"standardFormat\":1,\"typo\":1}")))
                .hasMessageStartingWith("s.json: at $.typo: unknown key");
    }

    @Test
    void aStandardSkippingAnUnknownRuleIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("x.json"),
                "{\"standardFormat\":1,\"charge\":\"x\",\"version\":\"1\",\"name\":{\"zh\":\"x\",\"en\":\"x\"},"
                        + "\"law\":\"x\",\"minimumAge\":16,\"required\":[],\"skipRules\":[\"no.such.rule\"]}");
        StandardCatalogue c = StandardCatalogue.builtIn().withDirectory(dir);
        assertThatThrownBy(() -> new CaseReviewer(c, RuleRegistry.standard()))
                .hasMessageContaining("skips unknown rule 'no.such.rule'");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
