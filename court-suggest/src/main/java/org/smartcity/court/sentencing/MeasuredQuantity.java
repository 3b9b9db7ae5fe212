package org.smartcity.court.sentencing;

/**
 * The quantity a charge is measured in, as read from the facts. Immutable.
 *
 * @param value the value in the measure's unit (drugs: grams of heroin equivalent)
 * @param measure what it measures
 * @param mention where it was found
 * @param how how it was chosen, in words (e.g. {@code the total stated (共计)}, {@code 12 g 甲基苯丙胺片剂 × 0.25})
 */
public record MeasuredQuantity(double value, Measure measure, Mention mention, String how) {
    /** {@code 30000 元}. */
    public String describe() {
        return Months.format(value) + " " + measure.unit();
    }
}
