package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Turns a route of roads into the drivables a vehicle follows: lane, lane link, lane, … With lane
 * changes off, the lane on each road is fixed when the vehicle enters it: among the lane links to the
 * next road that end on a lane which can reach the road after, the one whose end lane is closest in
 * position to the current lane (ties: network order). Only the first lane is drawn at random, among
 * the lanes of the first road that reach the second. Paths are cached per flow and first lane, so
 * vehicles of one flow share arrays. Not thread-safe.
 */
final class LanePlanner {
    private final RoadNetwork network;
    private final Drivables drivables;
    private final List<Flow> flows;
    private int[][] firstLaneChoices;
    private int[][][] pathCache;

    LanePlanner(RoadNetwork network, Drivables drivables, List<Flow> flows) {
        this.network = network;
        this.drivables = drivables;
        this.flows = new ArrayList<>(flows);
        this.firstLaneChoices = new int[flows.size()][];
        this.pathCache = new int[flows.size()][][];
        for (int f = 0; f < flows.size(); f++) {
            firstLaneChoices[f] = firstLanes(flows.get(f));
            pathCache[f] = new int[firstLaneChoices[f].length][];
        }
    }

    /** Plans one more flow, with the next flow index. */
    void addFlow(Flow flow) {
        int f = flows.size();
        flows.add(flow);
        firstLaneChoices = java.util.Arrays.copyOf(firstLaneChoices, f + 1);
        pathCache = java.util.Arrays.copyOf(pathCache, f + 1);
        firstLaneChoices[f] = firstLanes(flow);
        pathCache[f] = new int[firstLaneChoices[f].length][];
    }

    private int[] firstLanes(Flow flow) {
        int first = flow.routeRoad(0);
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
        int[] choices = firstLaneChoices[f];
        if (choices.length == 0) {
            throw new IllegalStateException("no lane of road '"
                    + network.roadId(flows.get(f).routeRoad(0)) + "' leads to the next road of the route");
        }
        int c = choices.length == 1 ? 0 : random.nextInt(choices.length);
        if (pathCache[f][c] == null) {
            pathCache[f][c] = plan(flows.get(f), choices[c]);
        }
        return pathCache[f][c];
    }

    private int[] plan(Flow flow, int firstLane) {
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
}
