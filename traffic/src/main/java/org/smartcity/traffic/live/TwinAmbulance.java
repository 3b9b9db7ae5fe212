package org.smartcity.traffic.live;

/**
 * The ambulance an operator dispatched in a live twin, as a frame shows it. Roads and junctions are
 * positions in {@link NetworkGeometry#roads()} and {@link NetworkGeometry#junctions()}; times in
 * simulated seconds. Arrays must not be modified.
 *
 * @param origin id of the road it starts on
 * @param destination id of the road it ends on
 * @param route its roads in driving order, chosen on live travel times when it was dispatched
 * @param routeIndex position in {@code route} of the road it is on (or leaving, inside a junction)
 * @param state waiting to enter its first road, driving, or arrived
 * @param x_m where it is, in metres: on its lane (as the dashboard draws lanes, right of the road's
 *     centre line), or the centre of the junction it crosses; the start of its first road while
 *     waiting, the end of its last once arrived
 * @param y_m where it is
 * @param dispatched_s when the operator dispatched it (it departs then)
 * @param elapsed_s time since dispatch; its travel time once arrived
 * @param eta_s estimated arrival time: now plus the rest of the route at free-flow speed; the arrival
 *     time once arrived
 * @param freeFlow_s the whole route at free-flow speed (the best it can do)
 * @param preempted junctions holding (or clearing toward) a pre-emption green for it now
 * @param preemptedGreen for each of {@code preempted}: whether the requested phase is shown yet
 */
public record TwinAmbulance(
        String origin,
        String destination,
        int[] route,
        int routeIndex,
        State state,
        double x_m,
        double y_m,
        double dispatched_s,
        double elapsed_s,
        double eta_s,
        double freeFlow_s,
        int[] preempted,
        boolean[] preemptedGreen) {

    /** Where the ambulance is in its trip. */
    public enum State {
        WAITING,
        DRIVING,
        ARRIVED
    }
}
