package org.smartcity.traffic.demand;

import java.util.List;

/** All flows of one simulation run, in file order. Immutable. */
public record Demand(List<Flow> flows) {
    public Demand {
        flows = List.copyOf(flows);
    }

    /** Number of vehicles all flows release together. */
    public int vehicleCount() {
        return flows.stream().mapToInt(Flow::vehicleCount).sum();
    }
}
