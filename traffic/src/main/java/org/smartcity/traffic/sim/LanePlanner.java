package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Turns a route of roads into the drivables a vehicle follows: lane, lane link, lane, … With lane
 * changes off, the lane on each road is fixed when the vehicle enters it: among the lane links to the
 * next road that end on a lane which can reach the road after, the one whose end lane is closest in
 * position to the current lane (ties: network order). Only the first lane is drawn at random, among
 * the lanes of the first road that reach the second. Everything planned depends on the route alone, so
 * it is worked out once per distinct route (a SUMO trip is a flow of its own, and thousands of them
 * share a few hundred routes) and vehicles on the same route and first lane share their path array.
 * Not thread-safe.
 */
final class LanePlanner {
    private final RoadNetwork network;
    private final Drivables drivables;
    private final List<Flow> flows;
    private final boolean laneChanges;
    /** The plan of each flow's route; flows with equal routes share one. */
    private RoutePlan[] planOf;

    private final Map<RouteKey, RoutePlan> plans = new HashMap<>();

    /** What is planned for one route: its first-lane choices, their paths and its change costs, each made when first needed. */
    private static final class RoutePlan {
        final Flow flow;
        int[] firstLanes;
        int[][] paths;
        double[][] costs;

        RoutePlan(Flow flow) {
            this.flow = flow;
        }
    }

    /** A route compared by its roads. */
    private static final class RouteKey {
        private final int[] roads;
        private final int hash;

        RouteKey(int[] roads) {
            this.roads = roads;
            this.hash = Arrays.hashCode(roads);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RouteKey k && hash == k.hash && Arrays.equals(roads, k.roads);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * @param laneChanges false for CityFlow's fixed lanes; true for the SUMO model: vehicles enter on
     *     the rightmost lane (SUMO's {@code departLane="first"}) and their paths hold the lane changes
     *     that take them, with as few changes as possible (weighted against short roads), to lanes that
     *     lead on (consecutive lanes of one road in a path are a change to the adjacent lane)
     */
    LanePlanner(RoadNetwork network, Drivables drivables, List<Flow> flows, boolean laneChanges) {
        this.network = network;
        this.drivables = drivables;
        this.laneChanges = laneChanges;
        this.flows = new ArrayList<>(flows);
        this.planOf = new RoutePlan[flows.size()];
        for (int f = 0; f < flows.size(); f++) {
            planOf[f] = planFor(flows.get(f));
        }
    }

    /** Plans one more flow, with the next flow index. */
    void addFlow(Flow flow) {
        int f = flows.size();
        flows.add(flow);
        planOf = Arrays.copyOf(planOf, f + 1);
        planOf[f] = planFor(flow);
    }

    /** Plans flow {@code f} on a new route (same origin), e.g. a trip routed again when it departs. */
    void replaceFlow(int f, Flow flow) {
        flows.set(f, flow);
        planOf[f] = planFor(flow);
    }

    /** The shared plan of the flow's route, its first-lane choices worked out. */
    private RoutePlan planFor(Flow flow) {
        RoutePlan plan = plans.computeIfAbsent(new RouteKey(flow.route()), key -> new RoutePlan(flow));
        if (plan.firstLanes == null) {
            plan.firstLanes = firstLanes(plan);
            plan.paths = new int[plan.firstLanes.length][];
        }
        return plan;
    }

    private int[] firstLanes(RoutePlan plan) {
        Flow flow = plan.flow;
        int first = flow.routeRoad(0);
        if (laneChanges) {
            int rightmost = network.firstLane(first) + network.laneCount(first) - 1;
            return flow.routeLength() == 1 || costsOf(plan)[0][network.laneCount(first) - 1] < UNREACHABLE
                    ? new int[] {rightmost}
                    : new int[0];
        }
        List<Integer> lanes = new ArrayList<>();
        for (int k = 0; k < network.laneCount(first); k++) {
            int lane = network.firstLane(first) + k;
            if (flow.routeLength() == 1 || linkTo(lane, flow.routeRoad(1), -1) >= 0) {
                lanes.add(lane);
            }
        }
        return lanes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Draws the first lane for a new vehicle of flow {@code f}; returns its path of drivables. */
    int[] pathFor(int f, SplittableRandom random) {
        RoutePlan plan = planOf[f];
        int[] choices = plan.firstLanes;
        if (choices.length == 0) {
            throw new IllegalStateException("no lane of road '"
                    + network.roadId(flows.get(f).routeRoad(0)) + "' leads to the next road of the route");
        }
        int c = choices.length == 1 ? 0 : random.nextInt(choices.length);
        if (plan.paths[c] == null) {
            plan.paths[c] = plan(plan, choices[c]);
        }
        return plan.paths[c];
    }

    private int[] plan(RoutePlan plan, int firstLane) {
        Flow flow = plan.flow;
        if (laneChanges) {
            return planFrom(flow, costsOf(plan), 0, firstLane);
        }
        List<Integer> path = new ArrayList<>();
        int lane = firstLane;
        path.add(lane);
        for (int k = 0; k + 1 < flow.routeLength(); k++) {
            int after = k + 2 < flow.routeLength() ? flow.routeRoad(k + 2) : -1;
            int link = linkTo(lane, flow.routeRoad(k + 1), after);
            if (link < 0) {
                link = linkTo(lane, flow.routeRoad(k + 1), -1);
            }
            if (link < 0) {
                break;
            }
            path.add(link);
            lane = drivables.endLane[link];
            path.add(lane);
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The lane-link drivable from {@code lane} onto {@code nextRoad} whose end lane sits closest to the
     * lane's position, restricted to end lanes that reach {@code roadAfter} (unless -1); -1 if none.
     */
    private int linkTo(int lane, int nextRoad, int roadAfter) {
        int laneIndex = network.laneIndexOnRoad(lane);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int link : drivables.linksFromLane[lane]) {
            int end = drivables.endLane[link];
            if (network.laneRoad(end) != nextRoad) {
                continue;
            }
            if (roadAfter >= 0 && !reaches(end, roadAfter)) {
                continue;
            }
            int distance = Math.abs(network.laneIndexOnRoad(end) - laneIndex);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = link;
            }
        }
        return best;
    }

    private boolean reaches(int lane, int road) {
        for (int link : drivables.linksFromLane[lane]) {
            if (network.laneRoad(drivables.endLane[link]) == road) {
                return true;
            }
        }
        return false;
    }

    private static final double UNREACHABLE = Double.POSITIVE_INFINITY;
    /** A lane change on a road of length L costs 1 + this / L: drivers change on long roads rather than short ones (m). */
    private static final double SHORT_ROAD_PENALTY_M = 50;

    /**
     * For each road k of the route and each lane index i on it: the least cost of the lane changes
     * needed from entering road k on lane i to the end of the route, each change weighted by how
     * short its road is ({@link #UNREACHABLE} when no lane of road k leads to road k + 1).
     */
    private double[][] changeCosts(Flow flow) {
        int n = flow.routeLength();
        double[][] cost = new double[n][];
        cost[n - 1] = new double[network.laneCount(flow.routeRoad(n - 1))];
        for (int k = n - 2; k >= 0; k--) {
            int road = flow.routeRoad(k);
            int lanes = network.laneCount(road);
            cost[k] = new double[lanes];
            for (int i = 0; i < lanes; i++) {
                cost[k][i] = choice(flow, cost, k, i).cost();
            }
        }
        return cost;
    }

    /** The cheapest way on from road k entered on lane index i: the lane index to change to and the lane link to take. */
    private record Choice(double cost, int laneIndex, int link) {}

    private Choice choice(Flow flow, double[][] cost, int k, int i) {
        int road = flow.routeRoad(k);
        int next = flow.routeRoad(k + 1);
        double perChange = 1 + SHORT_ROAD_PENALTY_M / Math.max(1, network.laneLength_m(network.firstLane(road)));
        Choice best = new Choice(UNREACHABLE, -1, -1);
        for (int j = 0; j < network.laneCount(road); j++) {
            for (int link : drivables.linksFromLane[network.firstLane(road) + j]) {
                int end = drivables.endLane[link];
                if (network.laneRoad(end) != next) {
                    continue;
                }
                double c = Math.abs(i - j) * perChange + cost[k + 1][network.laneIndexOnRoad(end)];
                if (c < best.cost() - 1e-9
                        || (Math.abs(c - best.cost()) <= 1e-9 && Math.abs(i - j) < Math.abs(i - best.laneIndex()))) {
                    best = new Choice(c, j, link);
                }
            }
        }
        return best;
    }

    /**
     * SUMO model: the path of a vehicle of flow {@code f} that is on {@code lane} of the k-th road of
     * its route, from that lane on, and the weighted lane changes it needs from there (for a speed-gain
     * change: the lane it moves to must not need more).
     */
    int[] pathFrom(int f, int k, int lane) {
        return planFrom(flows.get(f), costsOf(planOf[f]), k, lane);
    }

    /** The weighted lane changes a vehicle of flow {@code f} on {@code lane} of the k-th road of its route still needs. */
    double changesFrom(int f, int k, int lane) {
        return costsOf(planOf[f])[k][network.laneIndexOnRoad(lane)];
    }

    /** The change costs of a route, worked out once. */
    private double[][] costsOf(RoutePlan plan) {
        if (plan.costs == null) {
            plan.costs = changeCosts(plan.flow);
        }
        return plan.costs;
    }

    private int[] planFrom(Flow flow, double[][] cost, int fromRoad, int fromLane) {
        List<Integer> path = new ArrayList<>();
        int lane = fromLane;
        path.add(lane);
        for (int k = fromRoad; k + 1 < flow.routeLength(); k++) {
            int road = flow.routeRoad(k);
            Choice b = choice(flow, cost, k, network.laneIndexOnRoad(lane));
            if (b.link() < 0) {
                break;
            }
            int target = network.firstLane(road) + b.laneIndex();
            while (lane != target) {
                lane += lane < target ? 1 : -1;
                path.add(lane);
            }
            path.add(b.link());
            lane = drivables.endLane[b.link()];
            path.add(lane);
        }
        return path.stream().mapToInt(Integer::intValue).toArray();
    }
}
