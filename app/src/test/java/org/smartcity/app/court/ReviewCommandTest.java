package org.smartcity.app.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.CliRun;

/** {@code smartcity court review}: reports, JSON lines, exit codes and clear errors. */
class ReviewCommandTest {
    private static final Path CASES = Path.of("..", "court", "src", "test", "resources", "cases");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void oneFileGivesAChineseReportAndExitCodeZero() {
        CliRun r = run("court", "review", CASES.resolve("theft-flawed.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("案件审查报告", "【矛盾】", "facts.place-consistent");
    }

    @Test
    void severalFilesWithJsonGiveOneDocumentPerLine(@TempDir Path dir) throws Exception {
        Files.copy(CASES.resolve("theft-clean.json"), dir.resolve("a.json"));
        Files.copy(CASES.resolve("fraud-flawed.json"), dir.resolve("b.json"));
        CliRun r = run("court", "review", dir.toString(), "--json", "--lang", "en");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"caseId\"").contains("\"findings\":[]");
        assertThat(lines[1]).contains("\"kind\":\"retracted-confession\"", "confesses in E3");
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillReviewed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"caseId\": ");
        Files.copy(CASES.resolve("theft-clean.json"), dir.resolve("ok.json"));
        CliRun r = run("court", "review", "--json", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: broken.json: at $: not valid JSON");
        assertThat(r.out()).contains("测试刑案字[2025]theft-clean号");
    }

    @Test
    void anAmountNoNumberCanHoldIsAOneLineWarningNotAStackTrace(@TempDir Path dir) throws Exception {
        String doc = Files.readString(CASES.resolve("theft-flawed.json"))
                .replaceFirst("\"amount_cny\": *900", "\"amount_cny\": 1e999999");
        assertThat(doc).contains("1e999999");
        Files.writeString(dir.resolve("huge.json"), doc);
        for (String[] args : new String[][] {
            {"court", "review", dir.resolve("huge.json").toString()},
            {"court", "review", "--json", dir.resolve("huge.json").toString()}
        }) {
            CliRun r = run(args);
            assertThat(r.err())
                    .as(String.join(" ", args))
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(r.err()).contains("amount_cny");
            assertThat(r.out()).doesNotContain("Infinity");
        }
    }

    @Test
    void aMissingFileAndABadStandardsFolderAreUserErrors(@TempDir Path dir) throws Exception {
        CliRun missing = run("court", "review", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or folder");
        Files.writeString(dir.resolve("bad.json"), "{\"standardFormat\":2}");
        CliRun bad = run(
                "court",
                "review",
                "--standards",
                dir.toString(),
                CASES.resolve("theft-clean.json").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("bad.json: at $.standardFormat");
    }

    @Test
    void aLocalStandardChangesTheThreshold(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("fraud.json"),
                "{\"standardFormat\":1,\"charge\":\"fraud\",\"version\":\"local\",\"name\":{\"zh\":\"诈骗罪\",\"en\":\"fraud\"},"
                        + "\"law\":\"刑法第二百六十六条\",\"required\":[],\"thresholds\":[{\"fact\":\"amount_cny\",\"min\":20000}],"
                        + "\"minimumAge\":16}");
        CliRun r = run(
                "court",
                "review",
                "--json",
                "--standards",
                dir.toString(),
                CASES.resolve("fraud-clean.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"standardVersion\" : \"fraud@local\"", "below-threshold");
    }
}
