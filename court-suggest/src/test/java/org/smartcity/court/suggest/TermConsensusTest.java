package org.smartcity.court.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.suggest.TermConsensus.Reference;

class TermConsensusTest {
    @Test
    void oneReferenceIsItsOwnConsensusUpToTheCandidateStep() {
        double months = TermConsensus.months(List.of(new Reference(12, 1)));
        // ln 13 = 2.565 lies between the candidates 2.56 and 2.58; 2.56 is nearer
        assertThat(months).isCloseTo(Math.exp(2.56) - 1, within(1e-9));
    }

    @Test
    void aHeavierGroupWinsInsteadOfTheMeanBetweenGroups() {
        // five references say 12 months, one says 60: the weighted mean (ln ≈ 2.81, ~16 months) scores 5 × 0.8 + 0 = 4
        // against 12's neighbourhood scoring 5 × 1.0 + 0 = 5, so the consensus stays within 0.2 of ln 13
        List<Reference> refs = List.of(
                new Reference(12, 1),
                new Reference(12, 1),
                new Reference(12, 1),
                new Reference(12, 1),
                new Reference(12, 1),
                new Reference(60, 1));
        double months = TermConsensus.months(refs);
        assertThat(Math.abs(Math.log(months + 1) - Math.log(13))).isLessThanOrEqualTo(0.2);
    }

    @Test
    void closeReferencesMeetAtTheirWeightedMean() {
        // 10 and 12 months are 0.16 apart in log space: every candidate within 0.2 of both scores 2.0, and of those
        // the one nearest the mean is kept
        double months = TermConsensus.months(List.of(new Reference(10, 1), new Reference(12, 1)));
        double mean = (Math.log(11) + Math.log(13)) / 2;
        assertThat(Math.log(months + 1)).isCloseTo(mean, within(TermConsensus.STEP / 2 + 1e-9));
    }

    @Test
    void weightsCountLikeRepeatedReferences() {
        double weighted = TermConsensus.months(List.of(new Reference(6, 4), new Reference(36, 1)));
        double repeated = TermConsensus.months(List.of(
                new Reference(6, 1),
                new Reference(6, 1),
                new Reference(6, 1),
                new Reference(6, 1),
                new Reference(36, 1)));
        assertThat(weighted).isEqualTo(repeated);
        assertThat(weighted).isLessThan(8.0);
    }

    @Test
    void theConsensusNeverLeavesTheReferencesRange() {
        qt().forAll(
                        integers().between(0, 300),
                        integers().between(0, 300),
                        integers().between(1, 5))
                .checkAssert((a, b, w) -> {
                    double m = TermConsensus.months(List.of(new Reference(a, w), new Reference(b, 1)));
                    double low = Math.log(Math.min(a, b) + 1) - TermConsensus.STEP;
                    double high = Math.log(Math.max(a, b) + 1) + TermConsensus.STEP;
                    assertThat(Math.log(m + 1)).isBetween(low, high);
                });
    }

    @Test
    void noReferencesOrImpossibleOnesAreRefused() {
        assertThatThrownBy(() -> TermConsensus.months(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no reference terms");
        assertThatThrownBy(() -> new Reference(-1, 1)).hasMessageContaining("months >= 0");
        assertThatThrownBy(() -> new Reference(5, 0)).hasMessageContaining("weight > 0");
        assertThatThrownBy(() -> new Reference(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
