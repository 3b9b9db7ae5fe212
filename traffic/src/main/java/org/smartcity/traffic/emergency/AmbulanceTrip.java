package org.smartcity.traffic.emergency;

/**
 * An emergency vehicle's call: it enters at the start of road {@code origin} at {@code departure_s}
 * and must reach the end of road {@code destination}. Roads are dense ids of the network. Immutable.
 */
public record AmbulanceTrip(int origin, int destination, double departure_s) {
    public AmbulanceTrip {
        if (origin < 0 || destination < 0) {
            throw new IllegalArgumentException("origin and destination must be road ids >= 0");
        }
        if (!(departure_s >= 0) || !Double.isFinite(departure_s)) {
            throw new IllegalArgumentException("departure must be a time >= 0 s, got " + departure_s);
        }
    }
}
