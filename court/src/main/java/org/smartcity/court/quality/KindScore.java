package org.smartcity.court.quality;

/**
 * Counts of matched findings for one finding kind (or all kinds): true positives (raised and expected), false
 * positives (raised, not expected) and misses (expected, not raised). Immutable.
 *
 * @param truePositives findings both raised and expected
 * @param falsePositives findings raised but not expected
 * @param misses findings expected but not raised
 */
public record KindScore(int truePositives, int falsePositives, int misses) {
    public KindScore {
        if (truePositives < 0 || falsePositives < 0 || misses < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** No findings at all. */
    public static final KindScore NONE = new KindScore(0, 0, 0);

    /** The sum of two scores. */
    public KindScore plus(KindScore o) {
        return new KindScore(truePositives + o.truePositives, falsePositives + o.falsePositives, misses + o.misses);
    }

    /** Share of raised findings that were expected; 1 when nothing was raised (no false alarm). */
    public double precision() {
        int raised = truePositives + falsePositives;
        return raised == 0 ? 1.0 : (double) truePositives / raised;
    }

    /** Share of expected findings that were raised; 1 when nothing was expected. */
    public double recall() {
        int expected = truePositives + misses;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    /** Harmonic mean of precision and recall; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
