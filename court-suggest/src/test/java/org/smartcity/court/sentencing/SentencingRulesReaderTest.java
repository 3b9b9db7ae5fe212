package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader refuses bad rules with the file, the JSON path and the reason. */
class SentencingRulesReaderTest {
    private static void refused(Consumer<ObjectNode> change, String message) {
        byte[] bytes = RulesFixtures.changed(change);
        assertThatThrownBy(() -> new SentencingRulesReader().read("rules.json", bytes))
                .isInstanceOf(SentencingRulesException.class)
                .hasMessage(message);
    }

    @Test
    void builtInRulesLoad() {
        SentencingRules r = SentencingRules.builtIn();
        assertThat(r.version()).isEqualTo("2021-national-2");
        assertThat(r.source()).contains("量刑指导意见");
        assertThat(r.chargeNames()).contains("盗窃", "诈骗", "故意伤害", "危险驾驶", "抢劫", "走私、贩卖、运输、制造毒品");
        assertThat(r.circumstances())
                .extracting(CircumstanceRule::id)
                .contains(
                        "surrender",
                        "confession",
                        "guiltyPlea",
                        "restitution",
                        "compensationForgiveness",
                        "recidivism",
                        "minor16",
                        "attempt",
                        "accomplice");
    }

    @Test
    void aFileOverridesTheBuiltInRules(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("province.json");
        Files.write(f, RulesFixtures.changed(root -> root.put("version", "p-2")));
        SentencingRules r = new SentencingRulesReader().read(f);
        assertThat(r.version()).isEqualTo("p-2");
        assertThat(r.origin()).isEqualTo(f.toString());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> new SentencingRulesReader().read(dir.resolve("none.json")))
                .hasMessageStartingWith(dir.resolve("none.json") + ": cannot read");
    }

    @Test
    void notJson() {
        assertThatThrownBy(() -> new SentencingRulesReader()
                        .read("rules.json", "{\"format\": ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("rules.json: not valid JSON");
    }

    @Test
    void unknownKey() {
        refused(
                root -> RulesFixtures.tier(root, 0, 1).put("startMonth", 40),
                "rules.json: at $.charges[0].tiers[1].startMonth: unknown key 'startMonth'");
    }

    @Test
    void missingVersion() {
        refused(root -> root.remove("version"), "rules.json: at $.version: missing");
    }

    @Test
    void wrongFormat() {
        refused(
                root -> root.put("format", "other"),
                "rules.json: at $.format: expected 'smartcity-sentencing-rules', found 'other'");
    }

    @Test
    void startingPointOutsideItsRange() {
        refused(
                root -> RulesFixtures.tier(root, 0, 1).put("startMonths", 130),
                "rules.json: at $.charges[0].tiers[1].startMonths: 130 is outside the starting range 36–48");
    }

    @Test
    void startingRangeOutsideTheStatutoryRange() {
        refused(
                root -> ((ObjectNode) RulesFixtures.tier(root, 0, 0).get("startingRange")).put("maxMonths", 40),
                "rules.json: at $.charges[0].tiers[0].startingRange: outside the statutory range 1–36");
    }

    @Test
    void tiersOutOfOrder() {
        refused(
                root -> ((ObjectNode) RulesFixtures.tier(root, 0, 1).get("when")).put("atLeast", 500),
                "rules.json: at $.charges[0].tiers[1].when.atLeast: 500 is not above the previous tier's 1000"
                        + " (tiers go from the least to the most serious)");
    }

    @Test
    void badPattern() {
        refused(
                root -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                                root.get("circumstances").get(4).get("patterns"))
                        .set(0, "自首(("),
                "rules.json: at $.circumstances[4].patterns[0]: not a valid pattern: Unclosed group");
    }

    @Test
    void appliedPercentageOutsideItsRange() {
        refused(
                root -> ((ObjectNode) root.get("circumstances").get(4).get("percent")).put("applied", -45),
                "rules.json: at $.circumstances[4].percent.applied: -45 is outside the range -40–0");
    }

    @Test
    void unknownExcludingCircumstance() {
        refused(
                root -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                                root.get("circumstances").get(5).get("excludedBy"))
                        .add("selfReport"),
                "rules.json: at $.circumstances[5].excludedBy: unknown circumstance 'selfReport'");
    }

    @Test
    void numberWhereTextIsExpected() {
        refused(
                root -> ((ObjectNode) root.get("charges").get(0)).put("article", 264),
                "rules.json: at $.charges[0].article: expected a non-empty text");
    }

    @Test
    void unknownMeasure() {
        refused(
                root -> ((ObjectNode) root.get("charges").get(0)).put("measure", "value"),
                "rules.json: at $.charges[0].measure: unknown measure 'value' (known: amount_cny, drug_g,"
                        + " blood_alcohol, none)");
    }
}
