package org.smartcity.traffic.emergency;

import java.util.Arrays;
import java.util.List;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.signal.PriorityRequests;
import org.smartcity.traffic.sim.Simulation;

/**
 * Signal pre-emption along an ambulance's route. After every step it estimates, at free-flow speed,
 * when the ambulance will reach each signalised junction ahead; a junction it will reach within
 * {@code lead_s} seconds gets a priority request for the phase that serves the ambulance's movement
 * there (of the phases that let that road link go, the one letting the most road links go; never the
 * clearance phase). The request holds while the ambulance approaches, queues and crosses, so the
 * queue in front of it drains, and ends as soon as it is on the next road; the {@link
 * org.smartcity.traffic.signal.SignalRunner} then hands the junction back to its controller.
 *
 * <p>With a queue headway {@code h > 0} the lead grows with the queue in front of the ambulance, so
 * the green comes early enough to clear it before the ambulance gets there: a junction is requested
 * when the ambulance is within {@code lead_s + h · q} of it, where {@code q} is the number of
 * stopped vehicles (slower than 2 m/s) that must cross its stop line first — on the ambulance's own
 * lane, those ahead of it; on a road further on, the longest such queue on the lanes that lead to
 * the ambulance's next road. {@code h = 0} is the fixed lead.
 *
 * <p>Register the {@link AmbulanceTracker} as an observer before this one, and this object as the
 * runner's {@link PriorityRequests}. Not thread-safe.
 */
public final class EmergencyPreemption implements Simulation.StepObserver, PriorityRequests {
    private final RoadNetwork network;
    private final AmbulanceTracker ambulance;
    private final double lead_s;
    private final double queueHeadway_s;
    private final int[] route;
    private final int[] junction;
    private final int[] phase;
    private final double[] freeFlow_s;
    private final int[] request;
    /** Lanes of each route road that lead to the next road of the route (empty for the last road). */
    private final int[][] feedingLanes;
    /** Stopped vehicles per lane this step (only counted when the queue headway is positive). */
    private final int[] stopped;

    private int stoppedAheadOfAmbulance;

    /** A vehicle slower than this is counted in a queue, in m/s. */
    static final double QUEUED_SPEED_MPS = 2.0;

    /**
     * @param clearancePhase the protocol's clearance phase index (never requested), or -1
     * @param lead_s how long before the ambulance's estimated arrival a junction switches, in seconds
     */
    public EmergencyPreemption(RoadNetwork network, AmbulanceTracker ambulance, int clearancePhase, double lead_s) {
        this(network, ambulance, clearancePhase, lead_s, 0);
    }

    /**
     * @param clearancePhase the protocol's clearance phase index (never requested), or -1
     * @param lead_s how long before the ambulance's estimated arrival a junction switches, in seconds
     * @param queueHeadway_s seconds of extra lead per stopped vehicle in front of the ambulance (about
     *     the saturation headway, 2 s); 0 for the fixed lead
     */
    public EmergencyPreemption(
            RoadNetwork network, AmbulanceTracker ambulance, int clearancePhase, double lead_s, double queueHeadway_s) {
        if (!(lead_s >= 0) || !Double.isFinite(lead_s)) {
            throw new IllegalArgumentException("lead time must be >= 0 s, got " + lead_s);
        }
        if (!(queueHeadway_s >= 0) || !Double.isFinite(queueHeadway_s)) {
            throw new IllegalArgumentException("queue headway must be >= 0 s, got " + queueHeadway_s);
        }
        this.network = network;
        this.ambulance = ambulance;
        this.lead_s = lead_s;
        this.queueHeadway_s = queueHeadway_s;
        this.route = ambulance.route();
        this.junction = new int[route.length - 1];
        this.phase = new int[route.length - 1];
        for (int j = 0; j + 1 < route.length; j++) {
            int link = network.roadLinkBetween(route[j], route[j + 1]);
            if (link < 0) {
                throw new IllegalArgumentException("route roads '" + network.roadId(route[j]) + "' and '"
                        + network.roadId(route[j + 1]) + "' are not connected");
            }
            junction[j] = network.roadLinkIntersection(link);
            phase[j] = network.isSignalised(junction[j]) ? servingPhase(junction[j], link, clearancePhase) : -1;
        }
        this.freeFlow_s = RoadRouter.freeFlowTimes_s(network);
        this.request = new int[network.intersectionCount()];
        Arrays.fill(request, -1);
        this.feedingLanes = new int[route.length][];
        for (int j = 0; j < route.length; j++) {
            feedingLanes[j] = j + 1 < route.length ? lanesLeadingTo(network, route[j], route[j + 1]) : new int[0];
        }
        this.stopped = new int[network.laneCount()];
    }

    private static int[] lanesLeadingTo(RoadNetwork network, int road, int next) {
        int link = network.roadLinkBetween(road, next);
        return Arrays.stream(network.laneLinksOf(link))
                .map(network::laneLinkFromLane)
                .distinct()
                .toArray();
    }

    /** The phase that lets {@code link} go together with the most other road links; -1 if none does. */
    static int servingPhase(RoadNetwork network, int intersection, int link, int clearancePhase) {
        List<SignalPhase> phases = network.phasesOf(intersection);
        int best = -1;
        for (int p = 0; p < phases.size(); p++) {
            if (p != clearancePhase
                    && phases.get(p).allows(link)
                    && (best < 0
                            || phases.get(p).roadLinkCount() > phases.get(best).roadLinkCount())) {
                best = p;
            }
        }
        return best;
    }

    private int servingPhase(int intersection, int link, int clearancePhase) {
        return servingPhase(network, intersection, link, clearancePhase);
    }

    @Override
    public void afterStep(Simulation simulation) {
        for (int j : junction) {
            request[j] = -1;
        }
        if (!ambulance.isRunning()) {
            return;
        }
        int i = ambulance.routeIndex();
        double eta = ambulance.onLaneLink()
                ? 0
                : Math.max(0, network.laneLength_m(ambulance.laneOrLaneLink()) - ambulance.pos_m())
                        / network.laneMaxSpeed_mps(ambulance.laneOrLaneLink());
        if (queueHeadway_s == 0) {
            for (int j = i; j < junction.length && eta <= lead_s; j++) {
                if (phase[j] >= 0) {
                    request[junction[j]] = phase[j];
                }
                if (j + 1 < route.length) {
                    eta += freeFlow_s[route[j + 1]];
                }
            }
            return;
        }
        countQueues(simulation);
        for (int j = i; j < junction.length; j++) {
            int queue = j == i ? (ambulance.onLaneLink() ? 0 : stoppedAheadOfAmbulance) : longestQueue(j);
            if (phase[j] >= 0 && eta <= lead_s + queueHeadway_s * queue) {
                request[junction[j]] = phase[j];
            }
            if (j + 1 < route.length) {
                eta += freeFlow_s[route[j + 1]];
            }
        }
    }

    private void countQueues(Simulation simulation) {
        Arrays.fill(stopped, 0);
        stoppedAheadOfAmbulance = 0;
        boolean onLane = !ambulance.onLaneLink();
        int ownLane = ambulance.laneOrLaneLink();
        double ownPos_m = ambulance.pos_m();
        simulation.forEachRunningVehicle((v, laneOrLink, onLaneLink, pos_m, speed_mps) -> {
            if (onLaneLink || speed_mps >= QUEUED_SPEED_MPS) {
                return;
            }
            stopped[laneOrLink]++;
            if (onLane && laneOrLink == ownLane && pos_m > ownPos_m) {
                stoppedAheadOfAmbulance++;
            }
        });
    }

    private int longestQueue(int routeIndex) {
        int longest = 0;
        for (int lane : feedingLanes[routeIndex]) {
            longest = Math.max(longest, stopped[lane]);
        }
        return longest;
    }

    @Override
    public int requestedPhase(int intersection, double time_s) {
        return request[intersection];
    }

    /** Signalised junctions on the route that pre-emption can serve. */
    public int servedJunctions() {
        return (int) Arrays.stream(phase).filter(p -> p >= 0).count();
    }
}
