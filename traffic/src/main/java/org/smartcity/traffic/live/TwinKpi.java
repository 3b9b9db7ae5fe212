package org.smartcity.traffic.live;

/**
 * The network's key figures at one moment of a live twin.
 *
 * @param time_s simulated time
 * @param averageTravelTime_s CityFlow's average travel time: every departed vehicle, those still on the
 *     way with their time so far (the figure benchmark tables compare)
 * @param finishedTravelTime_s mean travel time of the vehicles that finished their route so far
 * @param averageDelay_s mean time lost per departed vehicle against driving at the allowed speed
 * @param finished vehicles that completed their route since the start (cumulative throughput)
 * @param finishedLastMinute vehicles that completed their route in the last 60 simulated seconds
 * @param queued vehicles stopped on lanes now (speed below 0.1 m/s)
 * @param running vehicles on the network now
 * @param waitingToEnter vehicles waiting to enter their first lane
 */
public record TwinKpi(
        double time_s,
        double averageTravelTime_s,
        double finishedTravelTime_s,
        double averageDelay_s,
        int finished,
        int finishedLastMinute,
        int queued,
        int running,
        int waitingToEnter) {}
