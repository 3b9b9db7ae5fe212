package org.smartcity.court.standard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A minimum the offence must reach (e.g. theft ≥ 1,000 CNY), waived when any of {@code unless} holds. Immutable.
 *
 * @param fact {@code amount_cny} or {@code bloodAlcohol_mg100ml}
 * @param minimum the offence is below the threshold when its value is strictly less
 * @param unless conditions that waive the threshold (e.g. burglary for theft)
 */
public record Threshold(String fact, BigDecimal minimum, List<Condition> unless) {
    /** Facts a threshold may name. */
    public static final List<String> FACTS = List.of("amount_cny", "bloodAlcohol_mg100ml");

    public Threshold {
        if (!FACTS.contains(fact)) {
            throw new IllegalArgumentException("unknown threshold fact " + fact + ", expected one of " + FACTS);
        }
        Objects.requireNonNull(minimum);
        unless = List.copyOf(unless);
    }
}
