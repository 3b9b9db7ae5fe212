package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad input gives a clear answer saying what could not be done, never a confident number. */
class BadInputTest {
    private static final GuidelineCalculator CALCULATOR = new GuidelineCalculator(SentencingRules.builtIn());

    private static SentencingResult theft(String text) {
        return CALCULATOR.calculate(text, ChargeChoice.given(CALCULATOR.rules(), "盗窃"));
    }

    @Test
    void emptyText() {
        SentencingResult r = theft("  ");
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
        assertThat(r.months()).isEmpty();
        assertThat(r.problems())
                .extracting(Wording::en)
                .containsExactly("the fact text is empty: nothing can be calculated");
    }

    @Test
    void nonChineseText() {
        SentencingResult r = theft("The defendant stole a bicycle worth 3000 yuan and surrendered to the police.");
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
        assertThat(r.problems().get(0).en()).contains("too little Chinese");
    }

    @Test
    void chargeWithoutRules() {
        ChargeChoice choice = ChargeChoice.given(CALCULATOR.rules(), "强奸罪");
        SentencingResult r = CALCULATOR.calculate("被告人某某于某日在某地实施了犯罪行为，后被公安机关抓获归案。", choice);
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
        assertThat(r.problems().get(0).en())
                .contains("no sentencing rules for the charge '强奸罪'")
                .contains("盗窃");
    }

    @Test
    void modelChargeWithoutRulesIsSaidPlainly() {
        ChargeChoice choice = ChargeChoice.fromModel(CALCULATOR.rules(), "交通肇事", 0.91);
        assertThat(choice.charge()).isEmpty();
        assertThat(choice.basis().en()).contains("交通肇事").contains("no sentencing rules");
    }

    @Test
    void amountNotFoundAndNoOtherTierWording() {
        SentencingResult r = theft("被告人张某在某商场内盗窃他人财物后逃离现场，后被公安机关抓获归案。");
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
        assertThat(r.problems()).anyMatch(p -> p.en().startsWith("no amount of money found"));
        assertThat(r.problems()).anyMatch(p -> p.en().contains("no tier of 盗窃 could be determined"));
    }

    @Test
    void amountNotFoundButPickpocketingGivesTheStartingPointWithoutIncrement() {
        SentencingResult r = theft("被告人张某在公交车上扒窃乘客的手机一部，被当场抓获。");
        assertThat(r.status()).isEqualTo(SentencingResult.Status.CALCULATED);
        assertThat(r.tierBasis().en()).contains("扒窃");
        assertThat(r.months().getAsDouble()).isEqualTo(3);
        assertThat(r.problems()).anyMatch(p -> p.en().contains("starting point alone"));
    }

    @Test
    void amountBelowTheThreshold() {
        SentencingResult r = theft("被告人张某在某超市内盗窃价值人民币500元的商品，被保安当场抓获。");
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
        assertThat(r.problems())
                .anyMatch(p -> p.en().contains("500 元 is below the threshold of the lowest tier (1000"));
    }

    @Test
    void negatedSurrenderIsNotDetected() {
        SentencingResult r = theft("被告人张某盗窃他人现金人民币2000元。张某被抓获后，其行为不构成自首，但如实供述了犯罪事实。");
        assertThat(r.circumstances()).extracting(d -> d.rule().id()).containsExactly("confession");
    }

    @Test
    void noChargeAndNoWording() {
        ChargeChoice c = ChargeChoice.fromWording(CALCULATOR.rules(), "今天天气很好，我们去公园散步，看见很多人在跳舞唱歌。");
        assertThat(c.charge()).isEmpty();
        assertThat(c.basis().en()).contains("give --charge");
        SentencingResult r = CALCULATOR.calculate("今天天气很好，我们去公园散步，看见很多人在跳舞唱歌。", c);
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
    }

    @Test
    void drugWeightWithoutAKnownDrug() {
        SentencingResult r =
                CALCULATOR.calculate("被告人某某向他人贩卖毒品一包，重0.5克，被民警当场抓获。", ChargeChoice.given(CALCULATOR.rules(), "贩卖毒品"));
        assertThat(r.status()).isEqualTo(SentencingResult.Status.NOT_CALCULATED);
        assertThat(r.problems()).anyMatch(p -> p.en().contains("no drug the rules know is named"));
    }
}
