package org.smartcity.traffic.sim;

import org.smartcity.traffic.network.NetworkSource;

/**
 * The behaviour model a simulation runs. Chosen by the network's source unless a run asks for one
 * (see {@link SimulationConfig#modelFor}).
 */
public enum SimulationModel {
    /**
     * CityFlow's model, reproduced exactly: perfect drivers, lane links without speed limits (turning
     * vehicles slow to a fixed turn speed), straight over left over right where lane links conflict.
     */
    CITYFLOW,
    /**
     * The model for real networks read from SUMO: Krauss drivers who dawdle ({@code sigma}) and keep a
     * personal speed factor, lane links with their own speed limits, right of way from the network's
     * junctions (minor links approach slowly enough to stop, stop signs stop).
     */
    SUMO;

    /** The model that matches a network's source. */
    public static SimulationModel of(NetworkSource source) {
        return source == NetworkSource.SUMO ? SUMO : CITYFLOW;
    }

    /** Parses {@code cityflow} or {@code sumo} (any case). */
    public static SimulationModel parse(String name) {
        for (SimulationModel m : values()) {
            if (m.name().equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "'; expected cityflow or sumo");
    }
}
