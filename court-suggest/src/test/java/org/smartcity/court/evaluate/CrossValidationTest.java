package org.smartcity.court.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.court.suggest.SyntheticCases;
import org.smartcity.court.suggest.TrainingOptions;

/** Cross-validation on synthetic facts: well-separated charges score high, and the split is deterministic. */
class CrossValidationTest {

    @Test
    void separableChargesScoreHighOnHeldOutFolds() throws Exception {
        List<String> progress = new ArrayList<>();
        CrossValidationResult result = CrossValidation.run(
                SyntheticCases.of(15, 5),
                3,
                new TrainingOptions(1, 2, 2, 100_000, 2),
                SyntheticCases.GUIDELINE,
                progress::add);
        Evaluation e = result.pooled();
        assertThat(e.cases()).isEqualTo(45);
        assertThat(result.folds())
                .hasSize(3)
                .allSatisfy(f -> assertThat(f.cases()).isEqualTo(15));
        Evaluation mean = result.meanOfFolds();
        assertThat(mean.cases()).isEqualTo(45);
        assertThat(mean.charges())
                .isCloseTo(
                        result.folds().stream().mapToDouble(Evaluation::charges).sum() / 3,
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mean.similarP10()).isCloseTo(e.similarP10(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.charges()).isGreaterThan(90);
        assertThat(e.articles()).isGreaterThan(90);
        // each training fold holds only about 10 cases per charge, so a perfect top 10 is rare
        assertThat(e.similarP10()).isGreaterThan(0.8);
        assertThat(e.term()).isBetween(0.0, 100.0);
        assertThat(progress).hasSize(3);
    }

    @Test
    void foldsPartitionTheCasesDeterministically() {
        List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        Folds a = new Folds(10, 3, 9);
        Folds b = new Folds(10, 3, 9);
        List<Integer> all = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            assertThat(a.select(items, f, true)).isEqualTo(b.select(items, f, true));
            all.addAll(a.select(items, f, true));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(items);
    }
}
