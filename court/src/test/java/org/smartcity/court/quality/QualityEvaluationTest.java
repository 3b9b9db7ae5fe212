package org.smartcity.court.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.court.review.CaseReviewer;
import org.smartcity.court.rule.RuleRegistry;
import org.smartcity.court.standard.StandardCatalogue;

/** Scoring a reviewer against a corpus folder: matching by identity, per-kind counts, clean files, bad input. */
class QualityEvaluationTest {
    private static final Path CASES = Path.of("src", "test", "resources", "cases");

    private static QualityReport evaluate(Path dir) throws Exception {
        CaseReviewer reviewer = new CaseReviewer(StandardCatalogue.builtIn(), RuleRegistry.standard());
        return new QualityEvaluation(reviewer).evaluate(List.of(dir));
    }

    /**
     * theft-flawed.json has its own expected findings in the sample corpus; here one of them is left out (a false
     * positive), one is invented (a miss), and a clean file is expected to have a finding (a miss on a non-clean
     * file) while a file the review flags is declared clean (a clean file with findings).
     */
    @Test
    void findingsAreMatchedByIdentityAndCountedPerKind(@TempDir Path dir) throws Exception {
        Files.copy(CASES.resolve("theft-clean.json"), dir.resolve("clean.json"));
        Files.copy(CASES.resolve("theft-flawed.json"), dir.resolve("flawed.json"));
        Files.copy(CASES.resolve("fraud-flawed.json"), dir.resolve("declared-clean.json"));
        QualityReport truth = evaluate(CASES);
        FileOutcome flawedTruth = truth.files().stream()
                .filter(f -> f.file().endsWith("theft-flawed.json"))
                .findFirst()
                .orElseThrow();
        List<FindingKey> real = List.copyOf(flawedTruth.expected());
        assertThat(real).hasSizeGreaterThanOrEqualTo(2);
        FindingKey dropped = real.get(0);
        StringBuilder flawedList = new StringBuilder("[");
        for (FindingKey k : real.subList(1, real.size())) {
            flawedList.append(json(k)).append(',');
        }
        flawedList.append("{\"kind\":\"time-invalid\",\"evidence\":[\"E99\",\"E1\"],\"missingKind\":null}]");
        Files.writeString(
                dir.resolve("expected.json"),
                "{\"clean.json\":[],\"declared-clean.json\":[],\"flawed.json\":" + flawedList + "}");

        QualityReport r = evaluate(dir);

        FileOutcome flawed = r.files().stream()
                .filter(f -> f.file().endsWith("flawed.json") && !f.file().endsWith("declared-clean.json"))
                .findFirst()
                .orElseThrow();
        assertThat(flawed.falsePositives()).containsExactly(dropped);
        assertThat(flawed.misses()).containsExactly(new FindingKey("time-invalid", List.of("E1", "E99"), null));
        assertThat(r.cleanFiles()).hasSize(2);
        assertThat(r.cleanFilesWithFindings())
                .singleElement()
                .satisfies(f -> assertThat(f.file()).endsWith("declared-clean.json"));
        int fraudFindings = r.cleanFilesWithFindings().get(0).raised().size();
        KindScore all = r.overall();
        assertThat(all.truePositives()).isEqualTo(real.size() - 1);
        assertThat(all.falsePositives()).isEqualTo(1 + fraudFindings);
        assertThat(all.misses()).isEqualTo(1);
        assertThat(r.byKind().get("time-invalid").misses()).isEqualTo(1);
        assertThat(r.differenceLines())
                .anySatisfy(l -> assertThat(l).contains("flawed.json: false positives [" + dropped + "]"));
    }

    @Test
    void theSampleCorpusScoresPerfectly() throws Exception {
        QualityReport r = evaluate(CASES);
        assertThat(r.files()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(r.differenceLines()).isEmpty();
        assertThat(r.overall().precision()).isEqualTo(1.0);
        assertThat(r.overall().recall()).isEqualTo(1.0);
        assertThat(r.overall().f1()).isEqualTo(1.0);
    }

    @Test
    void scoresFollowTheirDefinitions() {
        KindScore s = new KindScore(3, 1, 2);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(KindScore.NONE.precision()).isEqualTo(1.0);
        assertThat(new KindScore(0, 2, 0).f1()).isZero();
        assertThatThrownBy(() -> new KindScore(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badCorporaAreRefusedWithFileFieldAndReason(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> evaluate(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("expected.json: at $: cannot read");
        Files.copy(CASES.resolve("theft-clean.json"), dir.resolve("a.json"));
        Files.writeString(dir.resolve("expected.json"), "{\"a.json\":[{\"evidence\":[]}]}");
        assertThatThrownBy(() -> evaluate(dir)).hasMessageEndingWith("at $['a.json'][0].kind: missing or not a string");
        Files.writeString(dir.resolve("expected.json"), "{\"a.json\":[{\"kind\":\"unsigned\",\"evidence\":\"E1\"}]}");
        assertThatThrownBy(() -> evaluate(dir)).hasMessageEndingWith("evidence: missing or not a list of evidence ids");
        Files.writeString(dir.resolve("expected.json"), "{\"a.json\":[],\"b.json\":[]}");
        assertThatThrownBy(() -> evaluate(dir)).hasMessageEndingWith("at $['b.json']: no such case file in the folder");
        Files.writeString(dir.resolve("expected.json"), "{}");
        assertThatThrownBy(() -> evaluate(dir))
                .hasMessageStartingWith(dir.resolve("a.json").toString())
                .hasMessageContaining("has no entry in");
        Files.writeString(dir.resolve("expected.json"), "{\"a.json\":[]}");
        Files.writeString(dir.resolve("b.json"), "{\"formatVersion\": 1,");
        Files.writeString(dir.resolve("expected.json"), "{\"a.json\":[],\"b.json\":[]}");
        assertThatThrownBy(() -> evaluate(dir)).hasMessageContaining("b.json: at $");
    }

    private static String json(FindingKey k) {
        String ids = String.join("\",\"", k.evidence());
        return "{\"kind\":\"" + k.kind() + "\",\"evidence\":[" + (ids.isEmpty() ? "" : "\"" + ids + "\"")
                + "],\"missingKind\":" + (k.missingKind() == null ? "null" : "\"" + k.missingKind() + "\"") + "}";
    }
}
