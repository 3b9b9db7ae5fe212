package org.smartcity.traffic.live;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.emergency.AmbulanceTracker;
import org.smartcity.traffic.emergency.EmergencyEvaluation;
import org.smartcity.traffic.emergency.EmergencyPreemption;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.routing.RoadRouter;
import org.smartcity.traffic.signal.PriorityRequests;
import org.smartcity.traffic.sim.Simulation;

/**
 * One ambulance dispatched into a live twin's running simulation: it follows the vehicle ({@link
 * AmbulanceTracker}) and pre-empts the signals on its route ({@link EmergencyPreemption}, the same
 * rules as {@code traffic emergency evaluate}), and describes itself for frames. Lives on the twin's
 * simulation thread; not thread-safe.
 */
final class LiveAmbulance implements Simulation.StepObserver, PriorityRequests {
    /** Lead time before the estimated arrival at which a junction switches, seconds. */
    static final double LEAD_S = 30;

    private final RoadNetwork network;
    private final String origin;
    private final String destination;
    private final int[] route;
    private final int[] junctions;
    private final double dispatched_s;
    private final double[] freeFlow_s;
    private final double routeFreeFlow_s;
    private final AmbulanceTracker tracker;
    private final EmergencyPreemption preemption;

    /**
     * Dispatches the ambulance now: its vehicle departs at the start of the next step.
     *
     * @param route roads in driving order, joined by road links
     * @param queueHeadway_s extra lead per stopped vehicle in front of it (see {@link EmergencyPreemption})
     */
    LiveAmbulance(Simulation simulation, int[] route, double queueHeadway_s) {
        this.network = simulation.network();
        this.route = route.clone();
        this.origin = network.roadId(route[0]);
        this.destination = network.roadId(route[route.length - 1]);
        this.dispatched_s = simulation.time_s();
        this.freeFlow_s = RoadRouter.freeFlowTimes_s(network);
        double total = 0;
        for (int road : route) {
            total += freeFlow_s[road];
        }
        this.routeFreeFlow_s = total;
        List<Integer> onRoute = new ArrayList<>();
        for (int k = 0; k + 1 < route.length; k++) {
            int junction = network.roadTo(route[k]);
            if (network.isSignalised(junction)) {
                onRoute.add(junction);
            }
        }
        this.junctions = onRoute.stream().mapToInt(Integer::intValue).toArray();
        int vehicle = simulation.dispatch(EmergencyEvaluation.AMBULANCE, route);
        this.tracker = new AmbulanceTracker(
                network, vehicle, route, dispatched_s, EmergencyEvaluation.AMBULANCE.maxSpeed_mps());
        this.preemption = new EmergencyPreemption(
                network, tracker, simulation.signals().protocol().clearancePhase(), LEAD_S, queueHeadway_s);
    }

    @Override
    public void afterStep(Simulation simulation) {
        tracker.afterStep(simulation);
        preemption.afterStep(simulation);
    }

    @Override
    public int requestedPhase(int intersection, double time_s) {
        return preemption.requestedPhase(intersection, time_s);
    }

    boolean hasArrived() {
        return tracker.hasArrived();
    }

    /** The ambulance as the frame of {@code simulation}'s current step shows it. */
    TwinAmbulance snapshot(Simulation simulation) {
        double now = simulation.time_s();
        TwinAmbulance.State state = tracker.hasArrived()
                ? TwinAmbulance.State.ARRIVED
                : tracker.isRunning() ? TwinAmbulance.State.DRIVING : TwinAmbulance.State.WAITING;
        int index = tracker.routeIndex();
        Point at;
        double rest_s;
        if (state == TwinAmbulance.State.DRIVING && !tracker.onLaneLink()) {
            int lane = tracker.laneOrLaneLink();
            double length_m = network.laneLength_m(lane);
            double offset_m = (network.laneIndexOnRoad(lane) + 0.5) * network.laneWidth_m(lane);
            at = along(network.roadPoints(network.laneRoad(lane)), Math.min(1, tracker.pos_m() / length_m), offset_m);
            rest_s = Math.max(0, length_m - tracker.pos_m()) / network.laneMaxSpeed_mps(lane);
        } else if (state == TwinAmbulance.State.DRIVING) {
            int link = network.laneLinkRoadLink(tracker.laneOrLaneLink());
            at = network.intersectionPoint(network.roadLinkIntersection(link));
            rest_s = 0;
        } else {
            boolean arrived = state == TwinAmbulance.State.ARRIVED;
            List<Point> road = network.roadPoints(arrived ? route[route.length - 1] : route[0]);
            at = arrived ? road.get(road.size() - 1) : road.get(0);
            rest_s = state == TwinAmbulance.State.WAITING ? freeFlow_s[route[0]] : 0;
        }
        if (state != TwinAmbulance.State.ARRIVED) {
            for (int k = index + 1; k < route.length; k++) {
                rest_s += freeFlow_s[route[k]];
            }
        }
        List<Integer> requested = new ArrayList<>();
        List<Boolean> green = new ArrayList<>();
        for (int junction : junctions) {
            int phase = preemption.requestedPhase(junction, now);
            if (phase >= 0) {
                requested.add(junction);
                green.add(simulation.signals().shownPhase(junction) == phase);
            }
        }
        boolean[] greens = new boolean[green.size()];
        for (int k = 0; k < greens.length; k++) {
            greens[k] = green.get(k);
        }
        double elapsed = state == TwinAmbulance.State.ARRIVED ? tracker.travelTime_s() : now - dispatched_s;
        return new TwinAmbulance(
                origin,
                destination,
                route.clone(),
                index,
                state,
                at.x_m(),
                at.y_m(),
                dispatched_s,
                elapsed,
                state == TwinAmbulance.State.ARRIVED ? dispatched_s + elapsed : now + rest_s,
                routeFreeFlow_s,
                requested.stream().mapToInt(Integer::intValue).toArray(),
                greens);
    }

    /**
     * The point a share {@code fraction} of the way along a polyline, moved {@code offset_m} to the
     * right of it (where the dashboard draws the lanes: lane 0 next to the centre line).
     */
    static Point along(List<Point> points, double fraction, double offset_m) {
        double total = 0;
        for (int k = 1; k < points.size(); k++) {
            total += distance(points.get(k - 1), points.get(k));
        }
        double wanted = fraction * total;
        for (int k = 1; k < points.size(); k++) {
            double d = distance(points.get(k - 1), points.get(k));
            if (wanted <= d || k == points.size() - 1) {
                double t = d == 0 ? 0 : Math.min(1, wanted / d);
                Point a = points.get(k - 1);
                Point b = points.get(k);
                double ux = d == 0 ? 0 : (b.x_m() - a.x_m()) / d;
                double uy = d == 0 ? 0 : (b.y_m() - a.y_m()) / d;
                return new Point(
                        a.x_m() + t * (b.x_m() - a.x_m()) + uy * offset_m,
                        a.y_m() + t * (b.y_m() - a.y_m()) - ux * offset_m);
            }
            wanted -= d;
        }
        return points.get(0);
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x_m() - a.x_m(), b.y_m() - a.y_m());
    }
}
