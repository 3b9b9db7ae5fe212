package org.smartcity.court.sentencing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sentencing circumstance (量刑情节): the range of the percentage the guideline allows and the percentage the
 * calculator applies, when it applies, how it is found in facts. Percentages are of the base penalty: negative reduce,
 * positive increase. Immutable.
 *
 * @param id a stable id ({@code surrender})
 * @param name the circumstance in the law's words (自首)
 * @param stage when it applies
 * @param minPercent the lowest percentage the guideline allows
 * @param maxPercent the highest
 * @param appliedPercent what the calculator applies, between the two
 * @param minMonths the least change in months when the circumstance applies (累犯: not less than 3 months); empty for
 *     none
 * @param belowMinimum true when the law allows going below the statutory minimum (减轻处罚) with this circumstance
 * @param ageAtLeast with {@code ageBelow}: applies when the offender's age at the offence is in this window
 * @param ageBelow the end of the age window (exclusive)
 * @param patterns wording that shows the circumstance in facts
 * @param excludedBy circumstances that, when found, make this one not count (not evaluated twice)
 * @param charges the charge ids it applies to; empty for all
 * @param cap a limit on this circumstance together with others (认罪认罚 with 自首 … at most 60% in all)
 * @param source where it comes from
 */
public record CircumstanceRule(
        String id,
        String name,
        Stage stage,
        double minPercent,
        double maxPercent,
        double appliedPercent,
        OptionalDouble minMonths,
        boolean belowMinimum,
        OptionalInt ageAtLeast,
        OptionalInt ageBelow,
        List<Pattern> patterns,
        List<String> excludedBy,
        Set<String> charges,
        Optional<Cap> cap,
        String source) {
    public CircumstanceRule {
        patterns = List.copyOf(patterns);
        excludedBy = List.copyOf(excludedBy);
        charges = Set.copyOf(charges);
        if (!(minPercent <= appliedPercent && appliedPercent <= maxPercent)) {
            throw new IllegalArgumentException("applied percentage outside its range");
        }
    }

    /**
     * A limit on a circumstance together with others: when it applies with any of {@code with}, their percentages add
     * up to at most {@code totalPercent} in magnitude (the circumstance's own share is cut).
     *
     * @param totalPercent the total, e.g. −60
     * @param with the other circumstances' ids
     */
    public record Cap(double totalPercent, List<String> with) {
        public Cap {
            with = List.copyOf(with);
        }
    }

    /** True when the circumstance applies to the charge with this id. */
    public boolean appliesTo(String chargeId) {
        return charges.isEmpty() || charges.contains(chargeId);
    }
}
