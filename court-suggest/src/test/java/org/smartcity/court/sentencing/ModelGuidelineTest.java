package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartcity.court.suggest.GuidelineTerm;
import org.smartcity.court.suggest.Suggestion;
import org.smartcity.court.suggest.SuggestionModel;
import org.smartcity.court.suggest.SyntheticCases;
import org.smartcity.court.suggest.TrainingOptions;

/**
 * The suggestion model's term reference weighs the guideline term of the rules it was given (a province's file given
 * with {@code --rules}), not the built-in national rules.
 */
class ModelGuidelineTest {
    private static final String THEFT = "被告人张某于2020年3月5日在某市某小区内秘密窃取被害人李某的现金及手机等财物，共计价值人民币30000元。" + "案发后，张某如实供述了犯罪事实。";
    private static SuggestionModel national;

    @BeforeAll
    static void train() {
        national = SuggestionModel.train(
                SyntheticCases.of(20, 1),
                new TrainingOptions(7, 2, 2, 100_000, 2),
                new GuidelineCalculator(SentencingRules.builtIn()));
    }

    @Test
    void theModelWeighsTheGuidelineTermOfTheRulesItIsGiven() throws Exception {
        GuidelineCalculator province = GuidelineCalculatorTest.province();
        Suggestion underNational = national.suggest(THEFT, 3);
        Suggestion underProvince = national.withGuideline(province).suggest(THEFT, 3);

        assertThat(underNational.charges().get(0).label()).isEqualTo("盗窃");
        double probability = underNational.charges().get(0).probability();
        double nationalMonths = new GuidelineCalculator(SentencingRules.builtIn())
                .calculate(THEFT, ChargeChoice.fromModel(SentencingRules.builtIn(), "盗窃", probability))
                .months()
                .orElseThrow();
        double provinceMonths = province.calculate(THEFT, ChargeChoice.fromModel(province.rules(), "盗窃", probability))
                .months()
                .orElseThrow();
        assertThat(provinceMonths).isNotEqualTo(nationalMonths);
        assertThat(underNational.guidelineTermMonths()).hasValue(nationalMonths);
        assertThat(underProvince.guidelineTermMonths()).hasValue(provinceMonths);
        // the labels do not depend on the rules
        assertThat(underProvince.charges()).isEqualTo(underNational.charges());
    }

    @Test
    void withoutAGuidelineTheTermReferenceHasNoGuidelineTerm() {
        Suggestion none = national.withGuideline(GuidelineTerm.NONE).suggest(THEFT, 3);
        assertThat(none.guidelineTermMonths()).isEmpty();
        assertThat(none.termMonths()).isGreaterThanOrEqualTo(0);
    }
}
