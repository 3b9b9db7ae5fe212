package org.smartcity.traffic.scenario;

import java.util.Locale;
import java.util.Optional;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * The heap a simulation of a network and demand needs, worked out from their sizes before anything is built, so a
 * small file asking for tens of millions of vehicles can be refused instead of exhausting the heap. The figures
 * follow {@code sim.SimulationState}: every vehicle has 21 {@code double}, 13 {@code int}, one {@code byte} and one
 * reference slot, rounded up to {@link #BYTES_PER_VEHICLE}; every lane and lane link a few arrays of queue and
 * detector state, {@link #BYTES_PER_DRIVABLE}. It is an estimate of the simulation's own arrays, not of the JVM.
 *
 * @param vehicles vehicles the demand releases
 * @param drivables lanes plus lane links of the network
 * @param bytes estimated heap bytes
 */
public record MemoryEstimate(long vehicles, long drivables, long bytes) {
    /** Heap per vehicle of the simulation's struct of arrays (229 bytes counted, rounded up). */
    public static final long BYTES_PER_VEHICLE = 256;

    /** Heap per lane or lane link (ring buffer, counters, detector and conflict state). */
    public static final long BYTES_PER_DRIVABLE = 512;

    /** The estimate for a network and demand (nothing is allocated). */
    public static MemoryEstimate of(RoadNetwork network, Demand demand) {
        long vehicles = demand.flows().stream().mapToLong(f -> f.vehicleCount()).sum();
        long drivables = (long) network.laneCount() + network.laneLinkCount();
        return new MemoryEstimate(vehicles, drivables, vehicles * BYTES_PER_VEHICLE + drivables * BYTES_PER_DRIVABLE);
    }

    /**
     * Why this does not fit into {@code budget_bytes}, one line naming the vehicles and both sizes; empty when it
     * fits.
     */
    public Optional<String> refusal(long budget_bytes) {
        if (bytes <= budget_bytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "the demand releases %d vehicles on %d lanes and lane links; simulating them needs about %d MB,"
                        + " more than the %d MB this server can spare (fewer or shorter flows, or a larger -Xmx)",
                vehicles,
                drivables,
                mb(bytes),
                mb(budget_bytes)));
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
