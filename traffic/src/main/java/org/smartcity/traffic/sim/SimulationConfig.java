package org.smartcity.traffic.sim;

import org.smartcity.traffic.network.RoadNetwork;

/**
 * Settings of one simulation run.
 *
 * @param step_s length of one step in seconds (CityFlow's "interval"), in (0, 10]
 * @param seed seed of the run's random choices (first lanes, and in the SUMO model the drivers' speed
 *     factors and dawdling); the same seed gives the same run
 * @param seriesInterval_s length of one row of the time series in seconds, a positive multiple of
 *     the step
 * @param model the behaviour model, or null for the one matching the network's source
 */
public record SimulationConfig(double step_s, long seed, double seriesInterval_s, SimulationModel model) {
    public static final SimulationConfig DEFAULT = new SimulationConfig(1.0, 0, 60, null);

    public SimulationConfig {
        if (!(step_s > 0 && step_s <= 10)) {
            throw new IllegalArgumentException("step must be in (0, 10] s, got " + step_s);
        }
        if (!(seriesInterval_s >= step_s) || !Double.isFinite(seriesInterval_s)) {
            throw new IllegalArgumentException("series interval must be at least one step, got " + seriesInterval_s);
        }
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(step_s, newSeed, seriesInterval_s, model);
    }

    public SimulationConfig withStep(double newStep_s) {
        return new SimulationConfig(newStep_s, seed, Math.max(seriesInterval_s, newStep_s), model);
    }

    /** The same settings with {@code newModel} (null: the model of the network's source). */
    public SimulationConfig withModel(SimulationModel newModel) {
        return new SimulationConfig(step_s, seed, seriesInterval_s, newModel);
    }

    /** The model this run uses on {@code network}. */
    public SimulationModel modelFor(RoadNetwork network) {
        return model != null ? model : SimulationModel.of(network.source());
    }
}
