package org.smartcity.court.sentencing;

/**
 * A range of fixed-term months as the law or the guideline states it, with its wording. Immutable.
 *
 * @param minMonths the lower end in months, {@code >= 0}
 * @param maxMonths the upper end in months (for a tier that also allows life or death: the longest fixed term)
 * @param life true when the range also allows life imprisonment (无期徒刑)
 * @param death true when the range also allows the death penalty
 * @param text the wording, e.g. {@code 三年以下有期徒刑、拘役或者管制}
 */
public record MonthRange(double minMonths, double maxMonths, boolean life, boolean death, String text) {
    public MonthRange {
        if (!(minMonths >= 0) || !(maxMonths >= minMonths)) {
            throw new IllegalArgumentException("bad month range " + minMonths + "–" + maxMonths);
        }
        text = text == null ? "" : text;
    }

    /** True when {@code months} lies in the range (ends included). */
    public boolean contains(double months) {
        return months >= minMonths && months <= maxMonths;
    }

    /** {@code 36–120 months (三年以上十年以下有期徒刑)}, with {@code , life} / {@code , death} when allowed. */
    public String describe() {
        return describe(false);
    }

    /** As {@link #describe()}, in Chinese when {@code chinese}: {@code 36–120 个月（三年以上十年以下有期徒刑）}. */
    public String describe(boolean chinese) {
        StringBuilder b = new StringBuilder(
                Months.format(minMonths) + "–" + Months.format(maxMonths) + (chinese ? " 个月" : " months"));
        if (life) {
            b.append(chinese ? "、无期徒刑" : ", life");
        }
        if (death) {
            b.append(chinese ? "、死刑" : ", death");
        }
        if (!text.isEmpty()) {
            b.append(chinese ? "（" : " (").append(text).append(chinese ? '）' : ')');
        }
        return b.toString();
    }

    /** {@link #describe(boolean)} in both languages. */
    public Wording wording() {
        return new Wording(describe(true), describe(false));
    }
}
