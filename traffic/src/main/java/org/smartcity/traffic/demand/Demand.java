package org.smartcity.traffic.demand;

import java.util.List;

/** All flows of one simulation run, in file order. Immutable. */
public record Demand(List<Flow> flows) {
    /** The most vehicles one run may hold (array sizes). */
    public static final long MAX_VEHICLES = 50_000_000;

    public Demand {
        flows = List.copyOf(flows);
        long total = flows.stream().mapToLong(Flow::vehicleCount).sum();
        if (total > MAX_VEHICLES) {
            throw new IllegalArgumentException(
                    "the flows release " + total + " vehicles; at most " + MAX_VEHICLES + " are supported in one run");
        }
    }

    /** Number of vehicles all flows release together. */
    public int vehicleCount() {
        return flows.stream().mapToInt(Flow::vehicleCount).sum();
    }
}
