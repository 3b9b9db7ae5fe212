package org.smartcity.traffic.demand;

import java.util.Arrays;

/**
 * A stream of identical vehicles on one route: the first departs at {@code startTime_s}, then one every
 * {@code interval_s} while the time is at most {@code endTime_s}. Immutable.
 */
public final class Flow {
    /** The most vehicles one flow may release; more is surely a mistake in the file. */
    public static final long MAX_VEHICLES = 10_000_000;

    private static final VehicleStop[] NO_HALTS = new VehicleStop[0];

    private final VehicleType vehicleType;
    private final int[] route;
    private final double interval_s;
    private final double startTime_s;
    private final double endTime_s;
    private final int[] tripStops;
    private final VehicleStop[] halts;

    /**
     * @param route road ids in driving order, at least one; consecutive roads must be joined by a road
     *     link (the reader checks this against the network)
     */
    public Flow(VehicleType vehicleType, int[] route, double interval_s, double startTime_s, double endTime_s) {
        this(vehicleType, route, interval_s, startTime_s, endTime_s, null);
    }

    /**
     * A flow whose vehicles are trips: {@code route} is the route on free-flow times, and a simulator
     * that knows the present traffic may route each vehicle again through {@code tripStops} (origin,
     * optional via roads, destination; null for a fixed route) when it departs, as SUMO routes trips.
     */
    public Flow(
            VehicleType vehicleType,
            int[] route,
            double interval_s,
            double startTime_s,
            double endTime_s,
            int[] tripStops) {
        this(vehicleType, route, interval_s, startTime_s, endTime_s, tripStops, new VehicleStop[0]);
    }

    private Flow(
            VehicleType vehicleType,
            int[] route,
            double interval_s,
            double startTime_s,
            double endTime_s,
            int[] tripStops,
            VehicleStop[] halts) {
        for (int k = 0; k < halts.length; k++) {
            if (halts[k].routeIndex() >= route.length || (k > 0 && halts[k].routeIndex() < halts[k - 1].routeIndex())) {
                throw new IllegalArgumentException("stops must follow the route in driving order");
            }
        }
        if (tripStops != null && (tripStops.length < 2 || tripStops[0] != route[0])) {
            throw new IllegalArgumentException(
                    "trip stops must hold the origin (the route's first road) and the destination");
        }
        if (route.length == 0) {
            throw new IllegalArgumentException("route must hold at least one road");
        }
        if (!(interval_s > 0) || !Double.isFinite(interval_s)) {
            throw new IllegalArgumentException(
                    "interval must be a finite positive number of seconds, got " + interval_s);
        }
        if (!(startTime_s >= 0) || !Double.isFinite(startTime_s)) {
            throw new IllegalArgumentException("startTime must be a finite number >= 0, got " + startTime_s);
        }
        if (!Double.isFinite(endTime_s)) {
            throw new IllegalArgumentException("endTime must be finite, got " + endTime_s);
        }
        long count = endTime_s < startTime_s ? 0 : (long) Math.floor((endTime_s - startTime_s) / interval_s + 1e-9) + 1;
        if (count > MAX_VEHICLES) {
            throw new IllegalArgumentException(
                    "flow would release " + count + " vehicles (interval " + interval_s + " s from " + startTime_s
                            + " to " + endTime_s + " s); at most " + MAX_VEHICLES + " are supported");
        }
        this.vehicleType = vehicleType;
        this.route = route.clone();
        this.interval_s = interval_s;
        this.startTime_s = startTime_s;
        this.endTime_s = endTime_s;
        this.tripStops = tripStops == null ? null : tripStops.clone();
        this.halts = halts.clone();
    }

    /** The halts every vehicle of the flow makes on its route, in driving order (empty for none). */
    public java.util.List<VehicleStop> halts() {
        return java.util.List.of(halts);
    }

    /** The same flow whose vehicles make {@code stops} (in driving order along the route). */
    public Flow withHalts(java.util.List<VehicleStop> stops) {
        return new Flow(
                vehicleType, route, interval_s, startTime_s, endTime_s, tripStops, stops.toArray(new VehicleStop[0]));
    }

    /** Origin, via roads and destination of a trip, to be routed when each vehicle departs; null for a fixed route. */
    public int[] tripStops() {
        return tripStops == null ? null : tripStops.clone();
    }

    /** The same flow {@code offset_s} seconds later (start and end), e.g. a demand repeated after its period. */
    public Flow shifted(double offset_s) {
        return new Flow(vehicleType, route, interval_s, startTime_s + offset_s, endTime_s + offset_s, tripStops, halts);
    }

    /** The same flow as a trip through {@code stops} (see {@link #tripStops()}). */
    public Flow withTripStops(int[] stops) {
        return new Flow(vehicleType, route, interval_s, startTime_s, endTime_s, stops, halts);
    }

    /** The same flow on another route (same origin), e.g. a trip routed again on present travel times. */
    public Flow withRoute(int[] newRoute) {
        return new Flow(vehicleType, newRoute, interval_s, startTime_s, endTime_s, tripStops, NO_HALTS);
    }

    public VehicleType vehicleType() {
        return vehicleType;
    }

    public int routeLength() {
        return route.length;
    }

    public int routeRoad(int i) {
        return route[i];
    }

    public int[] route() {
        return route.clone();
    }

    public double interval_s() {
        return interval_s;
    }

    public double startTime_s() {
        return startTime_s;
    }

    public double endTime_s() {
        return endTime_s;
    }

    /** Number of vehicles this flow releases over its whole time window. */
    public int vehicleCount() {
        if (endTime_s < startTime_s) {
            return 0;
        }
        return (int) Math.floor((endTime_s - startTime_s) / interval_s + 1e-9) + 1;
    }

    @Override
    public String toString() {
        return "Flow" + Arrays.toString(route) + " every " + interval_s + " s from " + startTime_s + " to " + endTime_s;
    }
}
