package org.smartcity.traffic.network;

/** The format a road network was read from; it decides the simulation model used by default. */
public enum NetworkSource {
    /** CityFlow's roadnet JSON (research grids): CityFlow's model, reproduced exactly. */
    CITYFLOW,
    /** SUMO's {@code .net.xml} (real city networks): the SUMO-like model. */
    SUMO
}
