package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked examples of the guideline's method, every step checked. The numbers in the comments are the working a
 * judge would write down with the same rules.
 */
class GuidelineCalculatorTest {
    private static final GuidelineCalculator NATIONAL = new GuidelineCalculator(SentencingRules.builtIn());

    private static final String THEFT_30K =
            "被告人张某于2020年3月5日在某市某小区内盗窃被害人李某的现金及手机等财物，共计价值人民币30000元。" + "案发后，张某主动投案，如实供述了犯罪事实，并退赔被害人全部经济损失。";

    /** A province that sets 数额较大 at 2,000 yuan, 数额巨大 at 60,000 and one month for every 2,000 yuan. */
    static GuidelineCalculator province() throws SentencingRulesException {
        byte[] bytes = RulesFixtures.changed(root -> {
            root.put("version", "example-province-1");
            root.put("jurisdiction", "an example province");
            ObjectNode large = RulesFixtures.tier(root, 0, 0);
            ((ObjectNode) large.get("when")).put("atLeast", 2000);
            ObjectNode inc = (ObjectNode) large.get("increment");
            inc.put("from", 2000);
            inc.put("every", 2000);
            ((ObjectNode) RulesFixtures.tier(root, 0, 1).get("when")).put("atLeast", 60000);
            ((ObjectNode) RulesFixtures.tier(root, 0, 1).get("increment")).put("from", 60000);
            ((ObjectNode) RulesFixtures.tier(root, 0, 2).get("when")).put("atLeast", 400000);
            ((ObjectNode) RulesFixtures.tier(root, 0, 2).get("increment")).put("from", 400000);
        });
        return new GuidelineCalculator(new SentencingRulesReader().read("province.json", bytes));
    }

    private static SentencingResult calculate(GuidelineCalculator c, String text, String charge) {
        return c.calculate(text, ChargeChoice.given(c.rules(), charge));
    }

    private static List<String> ids(SentencingResult r) {
        return r.steps().stream().map(SentencingStep::ruleId).toList();
    }

    private static List<Double> results(SentencingResult r) {
        return r.steps().stream().map(SentencingStep::resultMonths).toList();
    }

    @Test
    void theftOf30000InAProvinceWhere30000IsLargeWithSurrenderAndRestitution() throws Exception {
        SentencingResult r = calculate(province(), THEFT_30K, "盗窃罪");
        // 30,000 < 60,000: 数额较大; start 3 months; (30,000 − 2,000) / 2,000 = 14 steps → +14 = 17 months;
        // 自首 −20% and 退赔 −10% of 17 added up: 17 − 3.4 − 1.7 = 11.9; 坦白 is part of 自首, not counted again
        assertThat(r.status()).isEqualTo(SentencingResult.Status.CALCULATED);
        assertThat(r.rulesVersion()).isEqualTo("example-province-1");
        assertThat(r.quantity().orElseThrow().value()).isEqualTo(30000);
        assertThat(r.quantity().orElseThrow().how()).isEqualTo("the total stated");
        assertThat(r.tier().orElseThrow().id()).isEqualTo("large");
        assertThat(ids(r)).containsExactly("theft.large.start", "theft.large.increment", "surrender", "restitution");
        assertThat(results(r)).containsExactly(3.0, 17.0, 13.6, 11.9);
        assertThat(r.steps().get(2).percent().getAsDouble()).isEqualTo(-20);
        assertThat(r.steps().get(2).source()).contains("刑法第67条");
        assertThat(r.steps().get(3).percent().getAsDouble()).isEqualTo(-10);
        assertThat(r.months().getAsDouble()).isEqualTo(11.9);
        DetectedCircumstance confession = r.circumstances().stream()
                .filter(d -> d.rule().id().equals("confession"))
                .findFirst()
                .orElseThrow();
        assertThat(confession.applied()).isFalse();
        assertThat(confession.reason().orElseThrow()).contains("自首");
        assertThat(confession.mention().matched()).isEqualTo("如实供述");
    }

    @Test
    void theftOf30000UnderTheNationalLowestAmountsIsHugeAndSurrenderGoesBelowTheMinimum() {
        SentencingResult r = calculate(NATIONAL, THEFT_30K, "盗窃");
        // 30,000 ≥ 30,000: 数额巨大, 36–120 months; start 36, no full step above 30,000 → 36;
        // −20% −10% of 36 → 36 − 7.2 − 3.6 = 25.2, below 36: 自首 allows 减轻处罚
        assertThat(r.tier().orElseThrow().id()).isEqualTo("huge");
        assertThat(results(r)).containsExactly(36.0, 36.0, 28.8, 25.2);
        assertThat(r.months().getAsDouble()).isEqualTo(25.2);
        assertThat(r.notes()).anyMatch(n -> n.en().contains("减轻处罚") && n.en().contains("自首"));
    }

    @Test
    void intentionalInjuryMinorInjuryGradeTwoWithCompensationAndForgiveness() {
        String text = "被告人王某因琐事与被害人赵某发生争执，王某持木棍击打赵某头部，致赵某受伤。经鉴定，赵某的损伤程度为轻伤二级。" + "案发后，王某赔偿赵某经济损失人民币2万元，取得了赵某的谅解。";
        SentencingResult r = calculate(NATIONAL, text, "故意伤害");
        // 轻伤二级: start 6 months (range 二年以下); 赔偿并取得谅解 −30% → 6 − 1.8 = 4.2
        assertThat(r.tier().orElseThrow().id()).isEqualTo("minorInjury2");
        assertThat(r.tierBasis().en()).contains("轻伤二级");
        assertThat(ids(r)).containsExactly("intentionalInjury.minorInjury2.start", "compensationForgiveness");
        assertThat(results(r)).containsExactly(6.0, 4.2);
        assertThat(r.steps().get(1).changeMonths()).isEqualTo(-1.8);
        assertThat(r.months().getAsDouble()).isEqualTo(4.2);
        assertThat(r.circumstances())
                .filteredOn(d -> d.rule().id().equals("forgivenessOnly"))
                .singleElement()
                .satisfies(d -> assertThat(d.applied()).isFalse());
    }

    @Test
    void drunkDrivingAt180WithConfessionAndPleaChargeFromTheWording() {
        String text =
                "被告人刘某于2021年1月10日22时许醉酒后驾驶小型轿车在某路段行驶，被执勤民警查获。经鉴定，刘某血液中乙醇含量为180mg/100ml。" + "刘某到案后如实供述了自己的罪行，自愿认罪认罚。";
        ChargeChoice choice = ChargeChoice.fromWording(NATIONAL.rules(), text);
        assertThat(choice.charge().orElseThrow().id()).isEqualTo("dangerousDriving");
        assertThat(choice.basis().en()).contains("wording");
        SentencingResult r = NATIONAL.calculate(text, choice);
        // ≥ 80 mg/100 ml: 拘役 1–6 months; start 1; (180 − 80) / 40 = 2 full steps × 0.5 → 2 months;
        // 坦白 −10% and 认罪认罚 −10% of 2 → 2 − 0.2 − 0.2 = 1.6
        assertThat(r.quantity().orElseThrow().value()).isEqualTo(180);
        assertThat(ids(r))
                .containsExactly(
                        "dangerousDriving.drunkOrRacing.start",
                        "dangerousDriving.drunkOrRacing.increment",
                        "confession",
                        "guiltyPlea");
        assertThat(results(r)).containsExactly(1.0, 2.0, 1.8, 1.6);
        assertThat(r.months().getAsDouble()).isEqualTo(1.6);
    }

    @Test
    void heroin10GramsAsARecidivist() {
        String text = "被告人陈某因犯贩卖毒品罪于2015年被判处有期徒刑三年，2018年刑满释放。2020年5月，陈某在某市某酒店门口以人民币3000元的价格"
                + "向吸毒人员孙某贩卖海洛因10克，交易时被公安民警当场抓获。陈某系累犯、毒品再犯。";
        SentencingResult r = calculate(NATIONAL, text, "走私、贩卖、运输、制造毒品");
        // 海洛因 10 g: 数量较大, 84–180 months; start 84; (10 − 10) → no step; 累犯 +20% → 84 + 16.8 = 100.8;
        // 毒品再犯 is not counted again beside 累犯
        assertThat(r.quantity().orElseThrow().value()).isEqualTo(10);
        assertThat(r.quantity().orElseThrow().how()).contains("海洛因");
        assertThat(r.tier().orElseThrow().id()).isEqualTo("large");
        assertThat(ids(r))
                .containsExactly("drugTrafficking.large.start", "drugTrafficking.large.increment", "recidivism");
        assertThat(results(r)).containsExactly(84.0, 84.0, 100.8);
        assertThat(r.steps().get(2).percent().getAsDouble()).isEqualTo(20);
        assertThat(r.circumstances())
                .filteredOn(d -> d.rule().id().equals("drugReoffender"))
                .singleElement()
                .satisfies(d -> assertThat(d.reason().orElseThrow()).contains("累犯"));
        assertThat(r.months().getAsDouble()).isEqualTo(100.8);
    }

    @Test
    void recidivismAddsAtLeastThreeMonths() {
        String text = "被告人周某系累犯。2021年3月2日晚，周某醉酒驾驶机动车行驶至某路口时被民警查获，经鉴定其血液中乙醇含量为85mg/100ml。";
        SentencingResult r = calculate(NATIONAL, text, "危险驾驶");
        // start 1, no full step; 累犯 +20% of 1 = 0.2, less than 3 months → +3 = 4
        assertThat(results(r)).containsExactly(1.0, 1.0, 4.0);
        assertThat(r.steps().get(2).note().en()).contains("minimum of 3 months");
    }

    @Test
    void minorAndAttemptApplyFirstOneAfterTheOther() {
        String text = "被告人李某，作案时年仅17岁。2021年4月3日，李某入户盗窃被害人家中财物，价值人民币5000元，在逃离时被被害人当场抓获，" + "所盗财物已被追回，系盗窃未遂。李某到案后如实供述。";
        SentencingResult r = calculate(NATIONAL, text, "盗窃");
        // 5,000: 数额较大; start 3; (5,000 − 1,000) / 1,000 = 4 → 7; 未成年人 −30% → 4.9; 未遂 −30% of 4.9 → 3.43;
        // then 坦白 −10% of 3.43 → 3.087
        assertThat(ids(r))
                .containsExactly("theft.large.start", "theft.large.increment", "minor16", "attempt", "confession");
        assertThat(results(r)).containsExactly(3.0, 7.0, 4.9, 3.43, 3.09);
        assertThat(r.months().getAsDouble()).isEqualTo(3.09);
        assertThat(r.circumstances().get(0).mention().matched()).isEqualTo("作案时年仅17岁");
    }

    @Test
    void pleaIsCutSoThatItAndTheCircumstancesItOverlapsStayWithinTheCap() throws Exception {
        String text = "被告人吴某诈骗他人财物共计人民币4500元。吴某主动投案，退赔了被害人全部损失，积极赔偿并取得被害人谅解，并签署认罪认罚具结书。";
        // start 3; (4,500 − 3,000) / 1,500 = 1 → 4; 自首 −20, 退赔 −10 and the forgiveness −10 (the money of 赔偿谅解
        // is the 退赔 already counted: issue 17, item 18) = −40; 认罪认罚 −10 → −50, inside the national 60% cap
        SentencingResult national = calculate(NATIONAL, text, "诈骗");
        assertThat(national.steps())
                .extracting(SentencingStep::ruleId)
                .contains("surrender", "restitution", "forgivenessOnly", "guiltyPlea")
                .doesNotContain("compensationForgiveness");
        assertThat(national.months().getAsDouble()).isEqualTo(2.0);
        // rules whose cap is 40%: the overlapping circumstances already reach it, so 认罪认罚 is cut to 0
        GuidelineCalculator capped =
                new GuidelineCalculator(new SentencingRulesReader().read("capped.json", RulesFixtures.changed(root -> {
                    root.put("version", "capped-1");
                    for (var c : root.withArray("circumstances")) {
                        if (c.path("id").asText().equals("guiltyPlea")) {
                            ((ObjectNode) c.get("cap")).put("totalPercent", -40);
                        }
                    }
                })));
        SentencingResult r = calculate(capped, text, "诈骗");
        SentencingStep plea = r.steps().stream()
                .filter(s -> s.ruleId().equals("guiltyPlea"))
                .findFirst()
                .orElseThrow();
        assertThat(plea.percent().getAsDouble()).isEqualTo(0);
        assertThat(plea.note().en()).contains("cut from -10%");
        assertThat(r.months().getAsDouble()).isEqualTo(2.4);
    }

    @Test
    void injuryCausingDeathGivesTheStatutoryRangeOnly() {
        String text = "被告人郑某与被害人因琐事发生争执，郑某持刀捅刺被害人胸部一刀，致被害人经抢救无效死亡。郑某作案后主动投案。";
        SentencingResult r = calculate(NATIONAL, text, "故意伤害");
        assertThat(r.status()).isEqualTo(SentencingResult.Status.RANGE_ONLY);
        assertThat(r.tier().orElseThrow().statutory().death()).isTrue();
        assertThat(r.months()).isEmpty();
        assertThat(r.problems()).anyMatch(p -> p.en().contains("no starting point"));
        assertThat(r.circumstances()).extracting(d -> d.rule().id()).contains("surrender");
    }

    @Test
    void robberyInAHomeIsTheAggravatedTier() {
        String text = "被告人孙某持刀入户抢劫，劫得被害人现金人民币3000元。";
        SentencingResult r = calculate(NATIONAL, text, "抢劫");
        assertThat(r.tier().orElseThrow().id()).isEqualTo("aggravated");
        assertThat(r.months().getAsDouble()).isEqualTo(120);
    }
}
