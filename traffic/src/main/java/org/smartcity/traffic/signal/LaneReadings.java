package org.smartcity.traffic.signal;

/**
 * What a detector on each lane reports: vehicles within {@code range_m} of the lane's downstream end
 * (the stop line), and of those the ones waiting (speed below 0.1 m/s). This is the only view of
 * traffic a {@link SignalController} gets, so the same controller can run on real detector data.
 * Lane ids are the network's dense lane ids. Implementations are read on the simulation thread only.
 */
public interface LaneReadings {
    /** Speed below which a vehicle counts as waiting, in m/s (CityFlow's definition). */
    double WAITING_SPEED_MPS = 0.1;

    int vehicles(int lane, double range_m);

    int waitingVehicles(int lane, double range_m);

    /**
     * Vehicles that have crossed the lane's stop line into the intersection since the start (a
     * stop-line counter); differences between two readings give the flow served.
     */
    long departures(int lane);

    /**
     * Seconds since a vehicle was last over a loop detector {@code distance_m} before the lane's stop
     * line: 0 while one is over it, {@link Double#POSITIVE_INFINITY} when none has passed recently
     * enough to tell. Actuated signal programs extend a green on it. This default, for readings that
     * only count vehicles, answers 0 when a vehicle is within {@code distance_m} of the stop line.
     */
    default double secondsSinceDetection(int lane, double distance_m) {
        return vehicles(lane, distance_m) > 0 ? 0 : Double.POSITIVE_INFINITY;
    }
}
