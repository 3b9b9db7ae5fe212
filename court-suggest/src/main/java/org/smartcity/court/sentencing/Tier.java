package org.smartcity.court.sentencing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One statutory tier of a charge (数额较大, 重伤, 数量较大 …): when it applies, its statutory range, the guideline's
 * range for the starting point and the point the calculator applies, and the increment towards the base penalty.
 * Immutable.
 *
 * @param id the tier's id inside its charge
 * @param label what the tier is, in the law's words
 * @param atLeast the tier applies when the measured quantity is at least this (empty: not by quantity)
 * @param keywords the tier also applies when one of these patterns occurs (not negated) in the facts
 * @param always the tier applies to every case of the charge (the basic tier)
 * @param statutory the statutory range of the tier
 * @param mitigatedFloorMonths the lowest term when a circumstance allows going below the statutory minimum (减轻处罚:
 *     the floor of the next lower range)
 * @param startingRange the guideline's range for the starting point; empty when the guideline sets none
 * @param startMonths the starting point the calculator applies, inside {@code startingRange}; empty with it
 * @param increment how the base penalty grows with the quantity; empty for none
 * @param source where the tier comes from (articles, guideline section)
 */
public record Tier(
        String id,
        String label,
        OptionalDouble atLeast,
        List<Pattern> keywords,
        boolean always,
        MonthRange statutory,
        double mitigatedFloorMonths,
        Optional<MonthRange> startingRange,
        OptionalDouble startMonths,
        Optional<Increment> increment,
        String source) {
    public Tier {
        keywords = List.copyOf(keywords);
        if (startingRange.isPresent() != startMonths.isPresent()) {
            throw new IllegalArgumentException("a starting range needs a starting point and back");
        }
    }
}
