package org.smartcity.court.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.court.cail.CailCase;

/** Training on synthetic facts, suggesting, flagging bad input, saving and loading. */
class SuggestionModelTest {
    private static final TrainingOptions OPTIONS = new TrainingOptions(7, 10, 2, 2, 100_000, 2);
    private static List<CailCase> cases;
    private static SuggestionModel model;

    @BeforeAll
    static void train() {
        cases = SyntheticCases.of(20, 1);
        model = SuggestionModel.train(cases, OPTIONS);
    }

    @Test
    void clearTextsRankTheRightChargeAndArticleFirst() {
        Suggestion theft = model.suggest("被告人孙某在商场内秘密窃取他人手机一部，价值人民币2000元，归案后如实供述。", 3);
        assertThat(theft.charges().get(0).label()).isEqualTo("盗窃");
        assertThat(theft.articles().get(0).label()).isEqualTo("264");
        assertThat(theft.charges().get(0).phrases()).isNotEmpty();
        assertThat(theft.lowConfidence()).isFalse();

        Suggestion driving = model.suggest("被告人醉酒驾驶小型轿车被交警查获，血液中乙醇含量为150mg/100ml。", 3);
        assertThat(driving.predictedCharges()).containsExactly("危险驾驶");
        Suggestion injury = model.suggest("被告人因琐事与被害人争执，持木棍殴打被害人，致其轻伤二级。", 3);
        assertThat(injury.charges().get(0).label()).isEqualTo("故意伤害");
        assertThat(injury.charges().get(0).probability())
                .isGreaterThan(injury.charges().get(1).probability());
    }

    @Test
    void emptyAndNonChineseTextIsFlaggedNotConfident() {
        for (String text : List.of("", "   ", "The defendant stole a phone worth 300 dollars.")) {
            Suggestion s = model.suggest(text, 3);
            assertThat(s.warning()).hasValueSatisfying(w -> assertThat(w).contains("text too short"));
        }
    }

    @Test
    void saveAndLoadGiveTheSameSuggestionsAndTheSameBytes(@TempDir Path dir) throws Exception {
        SuggestionStore store = new SuggestionStore();
        store.save(model, dir.resolve("a"));
        SuggestionModel loaded = store.load(dir.resolve("a"));
        String text = cases.get(0).fact();
        assertThat(loaded.suggest(text, 3).charges().get(0).probability())
                .isCloseTo(
                        model.suggest(text, 3).charges().get(0).probability(),
                        org.assertj.core.api.Assertions.within(1e-6));
        store.save(SuggestionModel.train(cases, OPTIONS), dir.resolve("b"));
        assertThat(Files.readAllBytes(dir.resolve("b/weights.bin.gz")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a/weights.bin.gz")));
    }

    @Test
    void aMissingModelFolderIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> new SuggestionStore().load(dir.resolve("none")))
                .isInstanceOf(ModelStoreException.class)
                .hasMessageContaining("model.json missing");
    }
}
