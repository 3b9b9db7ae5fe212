package org.smartcity.court.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity stated in text, in a fixed unit (yuan, grams or mg/100 ml): exact ({@code 3,200元}), a lower bound
 * ({@code 两百多元}), an upper bound ({@code 不到三百元}) or both. Immutable.
 *
 * @param low lower bound, {@code null} when there is none
 * @param high upper bound, {@code null} when there is none
 * @param start character offset of the mention in the text it came from
 * @param end offset just after the mention
 */
public record Quantity(BigDecimal low, BigDecimal high, int start, int end) {
    public Quantity {
        if (low == null && high == null) {
            throw new IllegalArgumentException("a quantity needs a bound");
        }
    }

    /** An exact value. */
    public static Quantity exact(BigDecimal v, int start, int end) {
        return new Quantity(v, v, start, end);
    }

    /** True when both bounds are the same value. */
    public boolean isExact() {
        return low != null && low.equals(high);
    }

    /** A representative value: the exact value, else the bound there is. */
    public BigDecimal value() {
        return low != null ? low : high;
    }

    /**
     * True when two quantities cannot both be right: their ranges are further apart than {@code tolerance} (a
     * fraction, e.g. 0.10) of the larger of the two nearest values.
     */
    public boolean disagreesWith(Quantity o, double tolerance) {
        Objects.requireNonNull(o);
        // this is above o
        if (low != null && o.high != null && low.compareTo(o.high) > 0) {
            return apart(low, o.high, tolerance);
        }
        if (o.low != null && high != null && o.low.compareTo(high) > 0) {
            return apart(o.low, high, tolerance);
        }
        return false;
    }

    private static boolean apart(BigDecimal larger, BigDecimal smaller, double tolerance) {
        double l = larger.doubleValue();
        double s = smaller.doubleValue();
        return l - s > tolerance * l + 1e-9;
    }

    /** The quantity with both bounds replaced (used to merge {@code 两百多元，不到三百元}). */
    public Quantity withHigh(BigDecimal newHigh, int newEnd) {
        return new Quantity(low, newHigh, start, newEnd);
    }
}
