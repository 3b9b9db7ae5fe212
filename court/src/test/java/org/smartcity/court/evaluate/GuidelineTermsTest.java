package org.smartcity.court.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.smartcity.court.cail.CailCase;
import org.smartcity.court.sentencing.GuidelineCalculator;
import org.smartcity.court.sentencing.SentencingRules;
import org.smartcity.court.suggest.RankedLabel;
import org.smartcity.court.suggest.Suggestion;

class GuidelineTermsTest {
    private static Suggestion top(String charge) {
        return new Suggestion(
                List.of(new RankedLabel(charge, 0.9, List.of())),
                List.of(),
                List.of(charge),
                List.of(),
                5,
                Optional.empty());
    }

    @Test
    void theCalculatorTermForTheModelsTopChargeOrNone() {
        CailCase drunk = new CailCase(
                "被告人刘某醉酒后驾驶小型轿车在某路段行驶，被执勤民警查获。经鉴定，刘某血液中乙醇含量为180mg/100ml。",
                List.of("危险驾驶"),
                List.of(133),
                2,
                false,
                false);
        List<OptionalDouble> terms = GuidelineTerms.of(
                new GuidelineCalculator(SentencingRules.builtIn()),
                List.of(drunk, drunk),
                List.of(top("危险驾驶"), top("交通肇事")));
        // start 1 + (180 − 80) / 40 = 2 steps × 0.5 → 2 months; 交通肇事 has no rules
        assertThat(terms.get(0).getAsDouble()).isEqualTo(2);
        assertThat(terms.get(1)).isEmpty();
    }

    @Test
    void blendIsTheGeometricMeanInLogSpace() {
        // exp((ln 4 + ln 16) / 2) − 1 = 8 − 1 = 7
        assertThat(GuidelineTerms.blend(3, 15)).isEqualTo(7);
        assertThat(GuidelineTerms.blend(10, 10)).isEqualTo(10);
    }
}
