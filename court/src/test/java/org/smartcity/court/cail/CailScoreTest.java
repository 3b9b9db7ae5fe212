package org.smartcity.court.cail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
