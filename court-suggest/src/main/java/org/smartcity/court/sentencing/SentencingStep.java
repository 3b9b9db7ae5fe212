package org.smartcity.court.sentencing;

import java.util.OptionalDouble;

/**
 * One step of the calculation: the starting point, the increment, a circumstance, or a limit of the statutory range.
 * Months are rounded to 2 decimals for the report (the calculation itself is not rounded). Immutable.
 *
 * @param ruleId the rule applied ({@code theft.large}, {@code surrender}, {@code statutory-minimum})
 * @param name what it is, in the law's words (量刑起点, 自首 …), in both languages
 * @param percent the percentage applied, for a circumstance
 * @param changeMonths the months the step adds (negative: takes away)
 * @param resultMonths the running result after the step
 * @param source the legal source
 * @param note how the step was worked out, in both languages
 */
public record SentencingStep(
        String ruleId,
        Wording name,
        OptionalDouble percent,
        double changeMonths,
        double resultMonths,
        String source,
        Wording note) {
    public SentencingStep {
        changeMonths = Months.round(changeMonths);
        resultMonths = Months.round(resultMonths);
    }
}
