package org.smartcity.traffic.sim;

/**
 * Results of a run so far, with CityFlow's definitions: average travel time counts every departed
 * vehicle, those still in the network (or waiting to enter) with their time so far; throughput is
 * the number of vehicles that finished their route. Delay is time lost against driving at the
 * allowed speed, averaged over departed vehicles.
 *
 * @param time_s simulated time
 * @param vehicles vehicles departed (finished, running or waiting to enter)
 * @param finished vehicles that completed their route (throughput)
 * @param running vehicles on the network
 * @param waitingToEnter vehicles waiting to enter their first lane
 * @param averageTravelTime_s CityFlow's average travel time
 * @param averageApproachTime_s average time on the approaches of real intersections (lanes of roads ending at a
 *     non-virtual intersection), over vehicles that entered a lane; exit roads, lane links and waiting to enter are
 *     left out, unfinished vehicles count to the end. How the Advanced-XLight and LLMLight benchmark code measures
 *     travel time; used to compare with their published figures
 * @param averageDelay_s mean time lost per departed vehicle
 * @param averageQueue_veh stopped vehicles per lane, averaged over lanes and steps
 * @param maxQueue_veh most stopped vehicles on one lane at any step
 * @param stopsPerVehicle mean number of times a vehicle came to a stop
 * @param maxWait_s longest continuous stop of any vehicle on the network (at a signal, in a queue)
 * @param maxEntryWait_s longest time any vehicle waited to enter the network (its first lane full)
 */
public record SimulationSummary(
        double time_s,
        int vehicles,
        int finished,
        int running,
        int waitingToEnter,
        double averageTravelTime_s,
        double averageApproachTime_s,
        double averageDelay_s,
        double averageQueue_veh,
        int maxQueue_veh,
        double stopsPerVehicle,
        double maxWait_s,
        double maxEntryWait_s) {

    /** Throughput: vehicles that completed their route. */
    public int throughput() {
        return finished;
    }
}
