package org.smartcity.app.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.CliRun;

/** {@code smartcity court sentence} end to end: the calculation, the empirical reference, bad input. */
class SentenceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String THEFT = "被告人张某在某小区内盗窃被害人李某的现金及手机等财物，共计价值人民币30000元。案发后，张某主动投案，并退赔被害人全部经济损失。";

    @TempDir
    static Path dir;

    private static Path index;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** A library of 10 theft cases with terms 10, 12, … 28 months and 5 drunk-driving cases. */
    @BeforeAll
    static void buildLibrary() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add("{\"fact\":\"被告人某某在小区内盗窃他人现金及手机，共计价值人民币" + (20000 + 2000 * i)
                    + "元，案发后退赔被害人损失。\",\"meta\":{\"accusation\":[\"盗窃\"],\"relevant_articles\":[264],"
                    + "\"term_of_imprisonment\":{\"imprisonment\":" + (10 + 2 * i)
                    + ",\"death_penalty\":false,\"life_imprisonment\":false}}}");
        }
        for (int i = 0; i < 5; i++) {
            lines.add(
                    "{\"fact\":\"被告人某某醉酒驾驶小型轿车被查获，血液中乙醇含量为" + (100 + 20 * i)
                            + "mg/100ml。\",\"meta\":{\"accusation\":[\"危险驾驶\"],\"relevant_articles\":[133],"
                            + "\"term_of_imprisonment\":{\"imprisonment\":2,\"death_penalty\":false,\"life_imprisonment\":false}}}");
        }
        Path data = dir.resolve("cases.jsonl");
        Files.write(data, lines, StandardCharsets.UTF_8);
        index = dir.resolve("index");
        CliRun r = run("court", "index", "--data", data.toString(), "--index", index.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void jsonHasTheStepsAndTheTermsOfTheSimilarTheftCases() throws Exception {
        CliRun r = run("court", "sentence", "--text", THEFT, "--charge", "盗窃", "--index", index.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("CALCULATED");
        assertThat(doc.get("charge").get("name").asText()).isEqualTo("盗窃");
        assertThat(doc.get("tier").get("id").asText()).isEqualTo("huge");
        assertThat(doc.get("months").asDouble()).isEqualTo(25.2);
        assertThat(doc.get("steps")).hasSize(4);
        assertThat(doc.get("steps").get(2).get("rule").asText()).isEqualTo("surrender");
        assertThat(doc.get("steps").get(2).get("percent").asDouble()).isEqualTo(-20);
        JsonNode e = doc.get("empirical");
        // the 10 theft cases carry the charge: terms 10, 12, … 28 → median 19, quartiles 14.5 and 23.5
        assertThat(e.get("fixedTerms").asInt()).isEqualTo(10);
        assertThat(e.get("median").asDouble()).isEqualTo(19);
        assertThat(e.get("lowerQuartile").asDouble()).isEqualTo(14.5);
        assertThat(e.get("upperQuartile").asDouble()).isEqualTo(23.5);
        assertThat(e.get("caseIds")).hasSize(10);
    }

    @Test
    void textShowsBothPartsAndTheSteps() {
        CliRun r = run("court", "sentence", "--text", THEFT, "--index", index.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("GUIDELINE CALCULATION")
                .contains("SIMILAR CASES (empirical)")
                .contains("chosen from the wording of the facts: 盗窃")
                .contains("theft.huge.start")
                .contains("-20%")
                .contains("result: 25.2 months")
                .contains("median: 19 months");
    }

    @Test
    void aChargeWithoutRulesIsSaidPlainly() throws Exception {
        CliRun r = run("court", "sentence", "--text", THEFT, "--charge", "强奸", "--json");
        assertThat(r.code()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("status").asText()).isEqualTo("NOT_CALCULATED");
        assertThat(doc.get("months").isNull()).isTrue();
        assertThat(doc.get("problems").get(0).asText()).contains("no sentencing rules for the charge '强奸'");
        assertThat(doc.get("empirical").get("note").asText()).contains("no --index");
    }

    @Test
    void emptyTextIsSaidPlainly() {
        CliRun r = run("court", "sentence", "--text", "", "--charge", "盗窃");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("status: not calculated").contains("the fact text is empty");
    }

    @Test
    void aBrokenRulesFileIsOneClearError() throws Exception {
        Path rules = dir.resolve("bad-rules.json");
        Files.writeString(rules, "{\"format\":\"smartcity-sentencing-rules\",\"version\":\"x\"}");
        CliRun r = run("court", "sentence", "--text", THEFT, "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("error: " + rules + ": at $.source: missing");
    }
}
