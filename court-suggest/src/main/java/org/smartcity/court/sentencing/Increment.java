package org.smartcity.court.sentencing;

/**
 * How the base penalty grows above the starting point: {@code months} more for every full {@code every} units of
 * the charge's measure above {@code from} (e.g. 1 month for every 1,000 yuan above 1,000 yuan). Immutable.
 *
 * @param from the measure value the counting starts at (units of the charge's {@link Measure})
 * @param every the size of one step, {@code > 0}
 * @param months the months added per full step, {@code >= 0}
 */
public record Increment(double from, double every, double months) {
    public Increment {
        if (!(every > 0) || !(months >= 0) || !(from >= 0)) {
            throw new IllegalArgumentException("bad increment");
        }
    }

    /** The number of full steps {@code value} lies above {@link #from} (0 below it). */
    public long steps(double value) {
        return value <= from ? 0 : (long) Math.floor((value - from) / every + 1e-9);
    }
}
