package org.smartcity.traffic.benchmark;

/**
 * One controller on one flow under one protocol: the results a benchmark table shows.
 *
 * @param network data-set (folder) name
 * @param flow flow file name without {@code .json}
 * @param controller controller name
 * @param protocol protocol name
 * @param vehicles vehicles departed
 * @param averageTravelTime_s CityFlow's average travel time
 * @param averageApproachTime_s average time on the approaches of real intersections (see {@link
 *     org.smartcity.traffic.sim.SimulationSummary})
 * @param averageDelay_s mean time lost per vehicle
 * @param throughput vehicles that finished
 * @param maxWait_s longest continuous stop of any vehicle on the network
 * @param maxEntryWait_s longest wait of any vehicle to enter the network
 * @param decision_ms wall time the controllers took, summed over the run, in milliseconds
 * @param decisions number of controller decisions over the run
 * @param wall_s wall time of the run
 */
public record BenchmarkRow(
        String network,
        String flow,
        String controller,
        String protocol,
        int vehicles,
        double averageTravelTime_s,
        double averageApproachTime_s,
        double averageDelay_s,
        int throughput,
        double maxWait_s,
        double maxEntryWait_s,
        double decision_ms,
        long decisions,
        double wall_s) {

    /** Mean wall time of one decision of one intersection's controller, in milliseconds. */
    public double meanDecision_ms() {
        return decisions == 0 ? 0 : decision_ms / decisions;
    }
}
