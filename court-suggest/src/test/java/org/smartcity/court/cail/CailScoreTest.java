package org.smartcity.court.cail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAIL2018 scores against hand-computed examples. */
class CailScoreTest {

    @Test
    void labelScoreIsTheMeanOfMicroAndMacroF1() {
        // a: tp 2, fp 1 → F1 0.8; b: fn 1 → F1 0; micro: tp 2, fp 1, fn 1 → 2/3; (2/3 + 0.4) / 2 = 0.5333
        double s = CailScore.labels(
                List.of(Set.of("a"), Set.of("b"), Set.of("a")), List.of(Set.of("a"), Set.of("a"), Set.of("a")));
        assertThat(s).isCloseTo(53.333, within(0.01));
    }

    @Test
    void officialRuleScoresEveryLabelOfTheListAndUntouchedLabelsOne() {
        // list a, b, c, d. a: tp 2, fp 1 → P 2/3, R 1, F1 0.8; b: fn 1, tp 0 → 0; c, d never predicted nor expected
        // → 1.0 each. macro (0.8 + 0 + 1 + 1) / 4 = 0.7; micro tp 2, fp 1, fn 1 → 2/3; (2/3 + 0.7) / 2 = 0.68333
        double s = CailScore.officialLabels(
                List.of(Set.of("a"), Set.of("b"), Set.of("a")),
                List.of(Set.of("a"), Set.of("a"), Set.of("a")),
                List.of("a", "b", "c", "d"),
                x -> x);
        assertThat(s).isCloseTo(68.333, within(0.01));
    }

    @Test
    void officialRuleCountsAPredictionOutsideTheListAsAFalsePositiveOfAnExtraLabel() {
        // list a, b. a: tp 1 → F1 1; b untouched → 1; extra x: fp 1 → 0. macro 2/3; micro tp 1, fp 1 → P 1/2, R 1,
        // F1 2/3; score 66.667
        double s = CailScore.officialLabels(List.of(Set.of("a")), List.of(Set.of("a", "x")), List.of("a", "b"), x -> x);
        assertThat(s).isCloseTo(66.667, within(0.01));
    }

    @Test
    void officialRuleWithoutAnyTruePositiveScoresOnlyTheUntouchedLabels() {
        // list a, b, c. a: fn 1 → 0; b: fp 1 → 0; c untouched → 1. macro 1/3; micro tp 0 (fp 1, fn 1) → 0; 16.667
        double s = CailScore.officialLabels(List.of(Set.of("a")), List.of(Set.of("b")), List.of("a", "b", "c"), x -> x);
        assertThat(s).isCloseTo(16.667, within(0.01));
    }

    @Test
    void officialRuleLooksChargesUpWithoutBrackets() {
        double s = CailScore.officialLabels(
                List.of(Set.of("[走私、贩卖]毒品")),
                List.of(Set.of("走私、贩卖毒品")),
                List.of("走私、贩卖毒品", "盗窃"),
                CailLabels::chargeKey);
        assertThat(s).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void labelListsAreReadFromTheDataFolderAndMissingOnesAreEmpty(@TempDir Path dir) throws Exception {
        assertThat(CailLabels.read(dir)).isEmpty();
        Files.writeString(dir.resolve("accu.txt"), "盗窃\n[走私、贩卖]毒品\n\n");
        Files.writeString(dir.resolve("law.txt"), "264\n347\n");
        CailLabels labels = CailLabels.read(dir).orElseThrow();
        assertThat(labels.charges()).containsExactly("盗窃", "走私、贩卖毒品");
        assertThat(labels.articles()).containsExactly("264", "347");
        assertThat(labels.describe()).isEqualTo("accu.txt/law.txt (2/2)");
        Files.writeString(dir.resolve("law.txt"), "264\nx\n");
        assertThatThrownBy(() -> CailLabels.read(dir))
                .isInstanceOf(CailFormatException.class)
                .hasMessageEndingWith("law.txt: line 2: not an article number: 'x'");
    }

    @Test
    void perfectPredictionsScoreHundred() {
        assertThat(CailScore.labels(List.of(Set.of(1, 2), Set.of(3)), List.of(Set.of(1, 2), Set.of(3))))
                .isCloseTo(100.0, within(1e-9));
    }

    @Test
    void termScoreFollowsTheLogDistanceSteps() {
        assertThat(CailScore.term(10, 10)).isEqualTo(1.0);
        assertThat(CailScore.term(0, 0)).isEqualTo(1.0);
        assertThat(CailScore.term(12, 10)).isEqualTo(1.0); // |ln13 − ln11| = 0.167
        assertThat(CailScore.term(5, 10)).isEqualTo(0.4); // |ln6 − ln11| = 0.606
        assertThat(CailScore.term(36, 6)).isEqualTo(0.0); // |ln37 − ln7| = 1.665
        assertThat(CailScore.term(-2, -2)).isEqualTo(1.0);
        assertThat(CailScore.term(-1, -2)).isEqualTo(0.0);
        assertThat(CailScore.term(120, -1)).isEqualTo(0.0);
        assertThat(CailScore.terms(List.of(10, 10), List.of(10, 5))).isCloseTo(70.0, within(1e-9));
    }

    @Test
    void readerParsesCailLinesAndNamesBadOnes() throws Exception {
        CailReader reader = new CailReader();
        CailCase c = reader.parse(
                "x.jsonl",
                1,
                "{\"fact\":\"某\",\"meta\":{\"accusation\":[\"盗窃罪\"],\"relevant_articles\":[264],"
                        + "\"term_of_imprisonment\":{\"imprisonment\":6,\"death_penalty\":false,\"life_imprisonment\":true}}}");
        assertThat(c.charges()).containsExactly("盗窃");
        assertThat(c.articles()).containsExactly(264);
        assertThat(c.cailTerm()).isEqualTo(-1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.parse("x.jsonl", 7, "{\"meta\":{}}"))
                .isInstanceOf(CailFormatException.class)
                .hasMessage("x.jsonl: line 7: no \"fact\" text");
    }
}
