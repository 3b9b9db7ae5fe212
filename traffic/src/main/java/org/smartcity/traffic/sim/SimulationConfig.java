package org.smartcity.traffic.sim;

/**
 * Settings of one simulation run.
 *
 * @param step_s length of one step in seconds (CityFlow's "interval"), in (0, 10]
 * @param seed seed of the run's random choices (first lanes); the same seed gives the same run
 * @param seriesInterval_s length of one row of the time series in seconds, a positive multiple of
 *     the step
 */
public record SimulationConfig(double step_s, long seed, double seriesInterval_s) {
    public static final SimulationConfig DEFAULT = new SimulationConfig(1.0, 0, 60);

    public SimulationConfig {
        if (!(step_s > 0 && step_s <= 10)) {
            throw new IllegalArgumentException("step must be in (0, 10] s, got " + step_s);
        }
        if (!(seriesInterval_s >= step_s) || !Double.isFinite(seriesInterval_s)) {
            throw new IllegalArgumentException("series interval must be at least one step, got " + seriesInterval_s);
        }
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(step_s, newSeed, seriesInterval_s);
    }

    public SimulationConfig withStep(double newStep_s) {
        return new SimulationConfig(newStep_s, seed, Math.max(seriesInterval_s, newStep_s));
    }
}
