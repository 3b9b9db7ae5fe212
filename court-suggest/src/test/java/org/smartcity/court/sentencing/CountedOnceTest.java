package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 18: restitution and the victim's forgiveness count once each (the money of 退赃退赔 is not counted
 * again as 赔偿), 初犯 is recognised, and the wording that reaches the tier (入户盗窃 in other words too) is named.
 */
class CountedOnceTest {
    private static final GuidelineCalculator NATIONAL = new GuidelineCalculator(SentencingRules.builtIn());

    private static SentencingResult theft(String text) {
        return NATIONAL.calculate(text, ChargeChoice.given(NATIONAL.rules(), "盗窃"));
    }

    private static List<String> applied(SentencingResult r) {
        return r.circumstances().stream()
                .filter(DetectedCircumstance::applied)
                .map(c -> c.rule().id())
                .toList();
    }

    @Test
    void restitutionAndForgivenessCountOnceEachBesideCompensation() {
        SentencingResult r = theft("被告人王某盗窃被害人现金人民币8000元。案发后王某退赃，并赔偿被害人损失，取得被害人谅解。");
        assertThat(applied(r))
                .contains("restitution", "forgivenessOnly")
                .doesNotContain("compensationForgiveness", "compensationOnly");
        assertThat(r.circumstances())
                .filteredOn(c -> c.rule().id().equals("compensationForgiveness"))
                .singleElement()
                .satisfies(c -> assertThat(c.reason().orElseThrow()).contains("退赃、退赔"));
    }

    @Test
    void withoutRestitutionCompensationAndForgivenessStillCountTogether() {
        SentencingResult r = theft("被告人王某盗窃被害人现金人民币8000元。案发后王某赔偿被害人损失，取得被害人谅解。");
        assertThat(applied(r)).contains("compensationForgiveness").doesNotContain("forgivenessOnly", "restitution");
    }

    @Test
    void aFirstOffenceIsRecognisedWithoutAnInventedPercentage() {
        SentencingResult r = theft("被告人王某盗窃被害人现金人民币8000元。王某系初犯，到案后如实供述。");
        assertThat(r.circumstances())
                .filteredOn(c -> c.rule().id().equals("firstOffence"))
                .singleElement()
                .satisfies(c -> assertThat(c.mention().matched()).contains("初犯"));
        SentencingResult without = theft("被告人王某盗窃被害人现金人民币8000元。王某到案后如实供述。");
        assertThat(r.months()).isEqualTo(without.months());
        assertThat(theft("被告人王某盗窃被害人现金人民币8000元。王某不是初犯，系累犯。").circumstances())
                .filteredOn(c -> c.rule().id().equals("firstOffence"))
                .allSatisfy(c -> assertThat(c.applied()).isFalse());
    }

    @Test
    void enteringAHomeReachesTheTierAndIsNamedAsItsTrigger() {
        SentencingResult below = theft("被告人王某翻窗进入被害人家中，盗走手机一部，价值人民币600元。");
        assertThat(below.tier()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("large"));
        assertThat(below.tierBasis().en()).contains("翻窗进入被害人家中").contains("wording");
        SentencingResult above = theft("被告人王某入户盗窃，窃得现金人民币5000元。");
        assertThat(above.tierBasis().en()).contains("5000").contains("入户盗窃");
        SentencingResult plain = theft("被告人王某在商场盗窃他人手机一部，价值人民币5000元。");
        assertThat(plain.tierBasis().en()).doesNotContain("wording");
    }
}
