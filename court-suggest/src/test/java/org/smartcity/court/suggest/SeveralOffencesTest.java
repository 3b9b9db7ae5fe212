package org.smartcity.court.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.cail.CailCase;

class SeveralOffencesTest {
    @Test
    void recognisesTextsReferringToMoreThanOneOffence() {
        assertThat(SeveralOffences.described("一、××的事实 被告人抢走项链。二、被告人盗走手机。")).isTrue();
        assertThat(SeveralOffences.described("应当以××罪追究其刑事责任……其行为又构成××罪")).isTrue();
        assertThat(SeveralOffences.described("对被告人以盗窃罪、抢夺罪数罪并罚")).isTrue();
        assertThat(SeveralOffences.described("应当以××罪追究其刑事责任")).isFalse();
        assertThat(SeveralOffences.described("被告人秘密窃取手机一部，与其另案的盗窃罪无关")).isFalse();
    }

    /** {@code n} theft cases of {@code months}, the several-offence ones worded so. */
    private static List<CailCase> thefts(int n, int months, boolean several) {
        List<CailCase> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String fact = several ? "一、××的事实 被告人窃取手机。二、被告人又窃取电脑。" : "被告人窃取手机一部。";
            out.add(new CailCase(fact, List.of("盗窃"), List.of(264), months, false, false));
        }
        return out;
    }

    @Test
    void learnsTheMedianExcessOverSingleOffencesOfTheSameCharge() {
        List<CailCase> cases = new ArrayList<>(thefts(20, 6, false));
        cases.addAll(thefts(12, 13, true));
        assertThat(SeveralOffences.learnLogExcess(cases)).isCloseTo(Math.log(14.0 / 7), within(1e-9));
        assertThat(SeveralOffences.raise(6, Math.log(2))).isCloseTo(13, within(1e-9));
    }

    @Test
    void learnsNothingFromTooFewCasesOrShorterTerms() {
        List<CailCase> few = new ArrayList<>(thefts(20, 6, false));
        few.addAll(thefts(SeveralOffences.MIN_CASES - 1, 13, true));
        assertThat(SeveralOffences.learnLogExcess(few)).isZero();

        List<CailCase> shorter = new ArrayList<>(thefts(20, 6, false));
        shorter.addAll(thefts(12, 2, true));
        assertThat(SeveralOffences.learnLogExcess(shorter)).isZero();

        List<CailCase> noBaseline = new ArrayList<>(thefts(SeveralOffences.MIN_BASELINE - 1, 6, false));
        noBaseline.addAll(thefts(12, 13, true));
        Collections.shuffle(noBaseline, new java.util.Random(3));
        assertThat(SeveralOffences.learnLogExcess(noBaseline)).isZero();
    }

    @Test
    void theModelRaisesTheTermOfSeveralOffencesAndSaysWhy() {
        List<CailCase> cases = new ArrayList<>(SyntheticCases.of(30, 11));
        for (int i = 0; i < 12; i++) {
            String fact = "一、××的事实 经审理查明，2017年" + (1 + i) + "月，被告人张某在城东区秘密窃取被害人手机一部，价值人民币" + (2000 + 100 * i)
                    + "元。二、××的事实 被告人又窃取电动车一辆。应以××罪、××罪数罪并罚。";
            cases.add(new CailCase(fact, List.of("盗窃"), List.of(264), 24, false, false));
        }
        SuggestionModel model =
                SuggestionModel.train(cases, new TrainingOptions(7, 2, 2, 100_000, 2), SyntheticCases.GUIDELINE);
        assertThat(model.adjustments().severalOffencesLogExcess()).isPositive();

        Suggestion several = model.suggest(cases.get(cases.size() - 1).fact(), 3);
        assertThat(several.notes()).anySatisfy(n -> assertThat(n).contains("more than one offence", "article 69"));
        Suggestion single = model.suggest(cases.get(0).fact(), 3);
        assertThat(single.notes()).isEmpty();
    }
}
