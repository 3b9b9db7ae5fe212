package org.smartcity.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.CliRun;

/** {@code smartcity bench court-quality}: the table per kind, clean files with findings, differences, errors. */
class CourtQualityBenchTest {
    private static final Path CASES = Path.of("..", "court", "src", "test", "resources", "cases");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void theSampleCorpusGivesATableWithPerfectScores() {
        CliRun r = run("bench", "court-quality", "--cases", CASES.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("| kind | expected | raised | matched | precision | recall | F1 |")
                .contains("| amount-contradiction |")
                .containsPattern("\\| \\*\\*all\\*\\* \\| (\\d+) \\| \\1 \\| \\1 \\| 1\\.00 \\| 1\\.00 \\| 1\\.00 \\|")
                .contains("files that differ: 0 of");
    }

    @Test
    void aFlawedFileDeclaredCleanIsListedWithItsFalsePositives(@TempDir Path dir) throws Exception {
        Files.copy(CASES.resolve("fraud-flawed.json"), dir.resolve("f.json"));
        Files.copy(CASES.resolve("theft-clean.json"), dir.resolve("t.json"));
        Files.writeString(
                dir.resolve("expected.json"),
                "{\"f.json\":[],\"t.json\":[{\"kind\":\"unsigned\",\"evidence\":[\"E2\"],\"missingKind\":null}]}");
        CliRun text = run("bench", "court-quality", "--cases", dir.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out())
                .contains("clean files with findings: 1 of 1")
                .containsPattern("f\\.json: \\[[^\\n]*retracted-confession \\[E3,E4\\]")
                .contains("t.json: false positives []; misses [unsigned [E2]]");
        CliRun json = run("bench", "court-quality", "--json", "--cases", dir.toString());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("files").asInt()).isEqualTo(2);
        assertThat(doc.at("/overall/truePositives").asInt()).isZero();
        assertThat(doc.at("/overall/misses").asInt()).isEqualTo(1);
        assertThat(doc.at("/byKind/unsigned/recall").asDouble()).isZero();
        assertThat(doc.at("/cleanFilesWithFindings/0").asText()).endsWith("f.json");
        assertThat(doc.at("/differences/1/misses/0/evidence/0").asText()).isEqualTo("E2");
        CliRun summary = run("bench", "court-quality", "--summary", "--cases", dir.toString());
        assertThat(summary.out())
                .contains("clean files with findings: 1 of 1", "files that differ: 2 of 2")
                .doesNotContain("f.json", "t.json");
        JsonNode summaryJson = new ObjectMapper()
                .readTree(run("bench", "court-quality", "--summary", "--json", "--cases", dir.toString())
                        .out());
        assertThat(summaryJson.get("cleanFilesWithFindingsCount").asInt()).isEqualTo(1);
        assertThat(summaryJson.has("differences")).isFalse();
    }

    @Test
    void aFolderWithoutExpectedFindingsIsAOneLineError(@TempDir Path dir) {
        CliRun r = run("bench", "court-quality", "--cases", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).contains("expected.json: at $: cannot read").doesNotContain("\n");
    }
}
