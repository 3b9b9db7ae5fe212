package org.smartcity.court.sentencing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats and rounds month counts for reports: at most two decimals, no trailing zeros. */
final class Months {
    private Months() {}

    /** {@code months} rounded to 2 decimals. */
    static double round(double months) {
        return BigDecimal.valueOf(months).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code 12}, {@code 11.9}, {@code 2.25}. */
    static String format(double months) {
        return BigDecimal.valueOf(round(months)).stripTrailingZeros().toPlainString();
    }
}
