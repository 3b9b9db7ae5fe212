package org.smartcity.court.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.court.cail.CailCase;

class EraArticlesTest {
    private static final String OLD_INJURY =
            "经审理查明，1995年6月26日18时许，被告人张某因琐事与被害人发生争执，持木棍殴打被害人头部，" + "致被害人受伤。经法医鉴定，被害人损伤程度为轻伤。";

    /** Synthetic cases dated 2017, plus {@code old} injury cases dated 1994–1996 citing {@code oldArticle}. */
    private static List<CailCase> training(int old, int oldArticle) {
        List<CailCase> cases = new ArrayList<>(SyntheticCases.of(30, 5));
        for (int i = 0; i < old; i++) {
            String fact = OLD_INJURY.replace("1995年6月", (1994 + i % 3) + "年" + (1 + i) + "月");
            cases.add(new CailCase(fact, List.of("故意伤害"), List.of(oldArticle), 36, false, false));
        }
        return cases;
    }

    @Test
    void learnsTheOldArticleFromCasesDatedBefore1997() {
        EraArticles era = EraArticles.learn(training(4, 134));
        assertThat(era.rules()).containsOnlyKeys("故意伤害");
        assertThat(era.rules().get("故意伤害")).isEqualTo(new EraArticles.Rule("故意伤害", "134", "234", 4));
    }

    @Test
    void learnsNothingFromTooFewOldCasesOrOnesCitingTheCurrentArticle() {
        assertThat(EraArticles.learn(training(2, 134)).rules()).isEmpty();
        assertThat(EraArticles.learn(training(5, 234)).rules()).isEmpty();
    }

    @Test
    void replacesTheCurrentArticleOnlyForAnOffenceBefore1997() {
        EraArticles era = EraArticles.learn(training(4, 134));

        EraArticles.Applied old = era.apply(OLD_INJURY, "故意伤害", List.of("234", "293"));
        assertThat(old.articles()).containsExactly("134", "293");
        assertThat(old.note())
                .hasValueSatisfying(n -> assertThat(n).contains("1995-06", "134", "234", "4 training cases"));

        String recent = OLD_INJURY.replace("1995年", "2015年");
        assertThat(era.apply(recent, "故意伤害", List.of("234")).articles()).containsExactly("234");
        assertThat(era.apply(recent, "故意伤害", List.of("234")).note()).isEmpty();
        assertThat(era.apply("1997年9月被告人殴打他人", "故意伤害", List.of("234")).articles())
                .containsExactly("134");
        assertThat(era.apply("1997年10月被告人殴打他人", "故意伤害", List.of("234")).articles())
                .containsExactly("234");
        assertThat(era.apply(OLD_INJURY, "盗窃", List.of("264")).articles()).containsExactly("264");
    }

    @Test
    void theModelPredictsTheOldArticleAndExplainsWhyAlsoAfterSavingAndLoading(@TempDir Path dir) throws Exception {
        SuggestionModel model = SuggestionModel.train(
                training(6, 134), new TrainingOptions(7, 2, 2, 100_000, 2), SyntheticCases.GUIDELINE);
        Suggestion s = model.suggest(OLD_INJURY, 3);
        assertThat(s.predictedCharges()).containsExactly("故意伤害");
        assertThat(s.predictedArticles()).contains("134").doesNotContain("234");
        assertThat(s.notes()).singleElement().asString().contains("1979 law");

        new SuggestionStore().save(model, dir);
        SuggestionModel loaded = new SuggestionStore().load(dir, SyntheticCases.GUIDELINE);
        assertThat(loaded.adjustments()).isEqualTo(model.adjustments());
        assertThat(loaded.suggest(OLD_INJURY, 3).predictedArticles()).isEqualTo(s.predictedArticles());
        assertThat(model.suggest(OLD_INJURY.replace("1995年", "2016年"), 3).notes())
                .isEmpty();
    }

    @Test
    void theSavedRulesAreSortedSoTheSameModelGivesTheSameBytes(@TempDir Path dir) throws Exception {
        List<CailCase> cases = training(4, 134);
        for (int i = 0; i < 4; i++) {
            String fact = "经审理查明，1995年" + (1 + i) + "月，被告人王某在城东区秘密窃取被害人手机一部，价值人民币800元。";
            cases.add(new CailCase(fact, List.of("盗窃"), List.of(151), 6, false, false));
        }
        SuggestionModel model =
                SuggestionModel.train(cases, new TrainingOptions(7, 2, 2, 100_000, 2), SyntheticCases.GUIDELINE);
        assertThat(model.adjustments().eraArticles().rules()).containsOnlyKeys("故意伤害", "盗窃");
        new SuggestionStore().save(model, dir);
        var era = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("model.json").toFile())
                .path("eraArticles");
        List<String> names = new ArrayList<>();
        era.fieldNames().forEachRemaining(names::add);
        assertThat(names).isSorted().containsExactlyInAnyOrder("故意伤害", "盗窃");
    }

    @Test
    void aRuleNeedsTwoDifferentArticles() {
        assertThatThrownBy(() -> new EraArticles.Rule("故意伤害", "234", "234", 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
