package org.smartcity.court.sentencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartcity.court.search.SimilarCase;

class TermDistributionTest {
    private static SimilarCase c(int id, String charge, int term) {
        return new SimilarCase(id, 1.0, List.of(charge), List.of("264"), term, Optional.empty(), "", List.of());
    }

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        double[] v = {6, 8, 10, 12, 36};
        assertThat(TermDistribution.quantile(v, 0.5).getAsDouble()).isEqualTo(10);
        assertThat(TermDistribution.quantile(v, 0.25).getAsDouble()).isEqualTo(8);
        assertThat(TermDistribution.quantile(new double[] {6, 8, 10, 12}, 0.5).getAsDouble())
                .isEqualTo(9);
        assertThat(TermDistribution.quantile(new double[] {}, 0.5)).isEmpty();
    }

    @Test
    void casesOfTheChargeAreUsedWhenThereAreEnough() {
        ChargeRule theft = SentencingRules.builtIn().findCharge("盗窃").orElseThrow();
        List<SimilarCase> similar =
                List.of(c(4, "盗窃", 12), c(9, "诈骗", 40), c(2, "盗窃", 6), c(7, "盗窃", -1), c(1, "盗窃", 8));
        TermDistribution d = TermDistribution.of(similar, Optional.of(theft));
        assertThat(d.caseIds()).containsExactly(4, 2, 7, 1);
        assertThat(d.fixedTerms()).isEqualTo(3);
        assertThat(d.life()).isEqualTo(1);
        assertThat(d.median().getAsDouble()).isEqualTo(8);
        assertThat(d.lowerQuartile().getAsDouble()).isEqualTo(7);
        assertThat(d.upperQuartile().getAsDouble()).isEqualTo(10);
        assertThat(d.basis().en()).contains("4 of the 5").contains("盗窃");
    }

    @Test
    void allCasesAreUsedWhenTooFewCarryTheCharge() {
        ChargeRule fraud = SentencingRules.builtIn().findCharge("诈骗").orElseThrow();
        TermDistribution d = TermDistribution.of(List.of(c(4, "盗窃", 12), c(9, "诈骗", 40)), Optional.of(fraud));
        assertThat(d.caseIds()).containsExactly(4, 9);
        assertThat(d.basis().en()).contains("only 1");
        assertThat(d.median().getAsDouble()).isEqualTo(26);
    }
}
