package org.smartcity.court.evaluate;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What a cross-validation measured, two ways. Immutable.
 *
 * <p>{@code folds}: each held-out fold scored as a test set of its own — the way a separate held-out file of about
 * that size is scored. {@link #meanOfFolds()} averages them. {@code pooled}: the predictions of all folds scored
 * together as one set of all the cases. Under CAIL2018's official rule the two differ: a label that a test set never
 * touches (not in truth, not predicted) scores 1.0, and a set of all 4,000 cases touches many more labels than one
 * fold of 800, so the pooled charge and article scores are lower.
 *
 * @param pooled all folds' predictions scored together
 * @param folds each fold scored on its own, in fold order (only the one fold with {@code --only-fold})
 */
public record CrossValidationResult(Evaluation pooled, List<Evaluation> folds) {
    public CrossValidationResult {
        folds = List.copyOf(folds);
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("a cross-validation has at least one scored fold");
        }
    }

    /** The mean of the folds' scores (each fold weighted alike); {@code cases} is the total. */
    public Evaluation meanOfFolds() {
        return new Evaluation(
                folds.stream().mapToInt(Evaluation::cases).sum(),
                mean(Evaluation::charges),
                mean(Evaluation::articles),
                mean(Evaluation::chargesPresentLabels),
                mean(Evaluation::articlesPresentLabels),
                folds.get(0).labelSet(),
                mean(Evaluation::term),
                mean(Evaluation::similarP10),
                mean(Evaluation::chargeAccuracy),
                mean(Evaluation::termModelOnly),
                folds.stream().mapToInt(Evaluation::guidelineCases).sum());
    }

    private double mean(ToDoubleFunction<Evaluation> field) {
        return folds.stream().mapToDouble(field).average().orElseThrow();
    }
}
