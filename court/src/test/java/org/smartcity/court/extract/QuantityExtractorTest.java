package org.smartcity.court.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money, weights and blood alcohol in the forms Chinese case files write them. */
class QuantityExtractorTest {
    private static BigDecimal only(List<Quantity> q) {
        assertThat(q).hasSize(1);
        assertThat(q.get(0).isExact()).isTrue();
        return q.get(0).value();
    }

    @Test
    void moneyInArabicChineseAndTenThousands() {
        assertThat(only(QuantityExtractor.money("价值人民币3,200元"))).isEqualByComparingTo("3200");
        assertThat(only(QuantityExtractor.money("偷了三千二百元"))).isEqualByComparingTo("3200");
        assertThat(only(QuantityExtractor.money("共计3.2万元"))).isEqualByComparingTo("32000");
        assertThat(only(QuantityExtractor.money("转了一万五千元"))).isEqualByComparingTo("15000");
        assertThat(only(QuantityExtractor.money("拿了两千块钱"))).isEqualByComparingTo("2000");
        assertThat(only(QuantityExtractor.money("¥860"))).isEqualByComparingTo("860");
        assertThat(only(QuantityExtractor.money("损失５万元"))).isEqualByComparingTo("50000");
    }

    @Test
    void aNumeralWithAnUnknownDigitIsARange() {
        Quantity some = QuantityExtractor.money("柜子里翻出两千零几十块钱").get(0);
        assertThat(some.low()).isEqualByComparingTo("2010");
        assertThat(some.high()).isEqualByComparingTo("2090");
        assertThat(some.disagreesWith(Quantity.exact(new BigDecimal("2050"), 0, 0), 0.1))
                .isFalse();
        Quantity hundreds = QuantityExtractor.money("只拿到几百元").get(0);
        assertThat(hundreds.low()).isEqualByComparingTo("100");
        assertThat(hundreds.high()).isEqualByComparingTo("900");
        assertThat(QuantityExtractor.money("给了他几块钱")).isEmpty();
    }

    @Test
    void vagueAmountsAreBounds() {
        Quantity lower = QuantityExtractor.money("大概两百多元").get(0);
        assertThat(lower.low()).isEqualByComparingTo("200");
        assertThat(lower.high()).isNull();
        Quantity upper = QuantityExtractor.money("不到三百元").get(0);
        assertThat(upper.low()).isNull();
        assertThat(upper.high()).isEqualByComparingTo("300");
        Quantity both = QuantityExtractor.money("两百多元，不到三百").get(0);
        assertThat(both.low()).isEqualByComparingTo("200");
        assertThat(both.high()).isEqualByComparingTo("300");
        assertThat(QuantityExtractor.money("3万多元").get(0).low()).isEqualByComparingTo("30000");
    }

    @Test
    void boundsAndToleranceDecideDisagreement() {
        Quantity vague = QuantityExtractor.money("两百多元").get(0);
        assertThat(vague.disagreesWith(Quantity.exact(new BigDecimal("150"), 0, 0), 0.1))
                .isTrue();
        assertThat(vague.disagreesWith(Quantity.exact(new BigDecimal("5000"), 0, 0), 0.1))
                .isFalse();
        Quantity bounded = QuantityExtractor.money("两百多元，不到三百").get(0);
        assertThat(bounded.disagreesWith(Quantity.exact(new BigDecimal("5000"), 0, 0), 0.1))
                .isTrue();
        Quantity a = Quantity.exact(new BigDecimal("129"), 0, 0);
        assertThat(a.disagreesWith(Quantity.exact(new BigDecimal("136"), 0, 0), 0.1))
                .isFalse();
        assertThat(a.disagreesWith(Quantity.exact(new BigDecimal("150"), 0, 0), 0.1))
                .isTrue();
    }

    @Test
    void rangesAndFinancialNumerals() {
        Quantity r = QuantityExtractor.money("一般只给三四百块").get(0);
        assertThat(r.low()).isEqualByComparingTo("300");
        assertThat(r.high()).isEqualByComparingTo("400");
        Quantity a = QuantityExtractor.money("大约3000至4000元").get(0);
        assertThat(a.low()).isEqualByComparingTo("3000");
        assertThat(a.high()).isEqualByComparingTo("4000");
        Quantity b = QuantityExtractor.money("三到四千元").get(0);
        assertThat(b.low()).isEqualByComparingTo("3000");
        assertThat(b.high()).isEqualByComparingTo("4000");
        assertThat(only(QuantityExtractor.money("人民币捌佰陆拾元整"))).isEqualByComparingTo("860");
        assertThat(only(QuantityExtractor.money("叁仟贰佰元"))).isEqualByComparingTo("3200");
    }

    @Test
    void aDeniedQuantityIsAnUpperBound() {
        Quantity q = QuantityExtractor.weight("没有一百克，只有5克").get(0);
        assertThat(q.low()).isNull();
        assertThat(q.high()).isEqualByComparingTo("100");
        assertThat(only(QuantityExtractor.weight("他说有零点六克左右"))).isEqualByComparingTo("0.6");
    }

    @Test
    void 块CountingThingsIsNoMoney() {
        assertThat(QuantityExtractor.money("偷了3块手表")).isEmpty();
        assertThat(only(QuantityExtractor.money("只有37块钱"))).isEqualByComparingTo("37");
    }

    @Test
    void notMoney() {
        assertThat(QuantityExtractor.money("住3单元502室，1994年2月18日出生")).isEmpty();
    }

    @Test
    void weightsInGramsSkippingGrossWeightAndAlcohol() {
        assertThat(only(QuantityExtractor.weight("净重52.3克"))).isEqualByComparingTo("52.3");
        assertThat(only(QuantityExtractor.weight("鸦片1.2千克"))).isEqualByComparingTo("1200");
        assertThat(only(QuantityExtractor.weight("约1公斤"))).isEqualByComparingTo("1000");
        assertThat(QuantityExtractor.weight("一克多").get(0).low()).isEqualByComparingTo("1");
        assertThat(QuantityExtractor.weight("毛重55克")).isEmpty();
        assertThat(QuantityExtractor.weight("含量为136mg/100ml")).isEmpty();
    }

    @Test
    void bloodAlcoholForms() {
        assertThat(only(QuantityExtractor.bloodAlcohol("检测结果：129mg/100ml"))).isEqualByComparingTo("129");
        assertThat(only(QuantityExtractor.bloodAlcohol("含量为136毫克/100毫升"))).isEqualByComparingTo("136");
        assertThat(only(QuantityExtractor.bloodAlcohol("每100毫升血液中乙醇含量为92.5毫克"))).isEqualByComparingTo("92.5");
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumber.parse("三千二百"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3200"));
        assertThat(ChineseNumber.parse("一万五"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
        assertThat(ChineseNumber.parse("二〇二四"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2024"));
        assertThat(ChineseNumber.parse("十五"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(ChineseNumber.parse("1万5千"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
        assertThat(ChineseNumber.parse("abc")).isEmpty();
    }

    @Test
    void theSpokenShortFormIsMoneyOnlyAtTheEndOfAPhrase() {
        assertThat(only(QuantityExtractor.money("他前后转了两万六，都打到卡上"))).isEqualByComparingTo("26000");
        assertThat(only(QuantityExtractor.money("一共五万四千三。"))).isEqualByComparingTo("54300");
        assertThat(QuantityExtractor.money("第三千五百号")).isEmpty();
        assertThat(QuantityExtractor.money("走了三千五米")).isEmpty();
    }
}
