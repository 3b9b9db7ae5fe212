package org.smartcity.traffic.live;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;

/**
 * The static picture of a network a map needs, in the network's own coordinates (metres): junctions,
 * roads with their polylines and lanes, the movements (road links) and the phase plans. Sent once to a
 * viewer; per-tick {@link TwinFrame}s then refer to it by dense ids (lane ids, the position of a junction
 * in {@link #signals()}). The lists are immutable; the arrays inside are shared and must not be
 * modified.
 *
 * @param name scenario name
 * @param minX_m smallest x of any junction or road point
 * @param minY_m smallest y
 * @param maxX_m largest x
 * @param maxY_m largest y
 * @param junctions every intersection, by dense id
 * @param roads every road, by dense id
 * @param movements every road link, by dense id
 * @param signals dense ids of the signalised junctions; frames list phases and controllers in this order
 * @param controllerNames names of the controllers; frames refer to them by position
 * @param laneCount number of lanes; frames list per-lane values in lane-id order
 */
public record NetworkGeometry(
        String name,
        double minX_m,
        double minY_m,
        double maxX_m,
        double maxY_m,
        List<Junction> junctions,
        List<Road> roads,
        List<Movement> movements,
        List<Integer> signals,
        List<String> controllerNames,
        int laneCount) {

    /**
     * One intersection.
     *
     * @param phases for each phase of the plan, the movements (road-link ids) it lets go
     * @param phaseDurations_s the plan's own duration of each phase
     */
    public record Junction(
            String id,
            double x_m,
            double y_m,
            boolean signalised,
            boolean virtual,
            List<int[]> phases,
            double[] phaseDurations_s) {}

    /**
     * One road: its polyline as {@code x0,y0,x1,y1,…} in metres, its lanes {@code firstLane …
     * firstLane+lanes-1} from the inner (left) one outwards, each {@code laneWidth_m} wide.
     */
    public record Road(
            String id,
            int from,
            int to,
            double[] points_m,
            int firstLane,
            int lanes,
            double laneWidth_m,
            double maxSpeed_mps) {}

    /** One road link (movement) at a junction: from road, to road and its turn ({@code go_straight}…). */
    public record Movement(int junction, int fromRoad, int toRoad, String turn) {}

    public NetworkGeometry {
        junctions = List.copyOf(junctions);
        roads = List.copyOf(roads);
        movements = List.copyOf(movements);
        signals = List.copyOf(signals);
        controllerNames = List.copyOf(controllerNames);
    }

    /** Reads the geometry off {@code network}. */
    public static NetworkGeometry of(String name, RoadNetwork network, List<String> controllerNames) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        List<Junction> junctions = new ArrayList<>();
        List<Integer> signals = new ArrayList<>();
        for (int i = 0; i < network.intersectionCount(); i++) {
            Point p = network.intersectionPoint(i);
            minX = Math.min(minX, p.x_m());
            minY = Math.min(minY, p.y_m());
            maxX = Math.max(maxX, p.x_m());
            maxY = Math.max(maxY, p.y_m());
            List<int[]> phases = new ArrayList<>();
            List<SignalPhase> plan = network.phasesOf(i);
            double[] durations = new double[plan.size()];
            for (int ph = 0; ph < plan.size(); ph++) {
                SignalPhase phase = plan.get(ph);
                int[] links = new int[phase.roadLinkCount()];
                for (int l = 0; l < links.length; l++) {
                    links[l] = phase.roadLink(l);
                }
                phases.add(links);
                durations[ph] = phase.duration_s();
            }
            boolean signalised = network.isSignalised(i);
            if (signalised) {
                signals.add(i);
            }
            junctions.add(new Junction(
                    network.intersectionId(i), p.x_m(), p.y_m(), signalised, network.isVirtual(i), phases, durations));
        }
        List<Road> roads = new ArrayList<>();
        for (int r = 0; r < network.roadCount(); r++) {
            List<Point> points = network.roadPoints(r);
            double[] xy = new double[points.size() * 2];
            for (int k = 0; k < points.size(); k++) {
                xy[2 * k] = points.get(k).x_m();
                xy[2 * k + 1] = points.get(k).y_m();
                minX = Math.min(minX, xy[2 * k]);
                minY = Math.min(minY, xy[2 * k + 1]);
                maxX = Math.max(maxX, xy[2 * k]);
                maxY = Math.max(maxY, xy[2 * k + 1]);
            }
            int first = network.firstLane(r);
            int lanes = network.laneCount(r);
            double maxSpeed = 0;
            for (int lane = first; lane < first + lanes; lane++) {
                maxSpeed = Math.max(maxSpeed, network.laneMaxSpeed_mps(lane));
            }
            double width = lanes == 0 ? 0 : network.laneWidth_m(first);
            roads.add(new Road(
                    network.roadId(r), network.roadFrom(r), network.roadTo(r), xy, first, lanes, width, maxSpeed));
        }
        List<Movement> movements = new ArrayList<>();
        for (int link = 0; link < network.roadLinkCount(); link++) {
            movements.add(new Movement(
                    network.roadLinkIntersection(link),
                    network.roadLinkFromRoad(link),
                    network.roadLinkToRoad(link),
                    network.roadLinkTurn(link).name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (network.intersectionCount() == 0) {
            minX = minY = maxX = maxY = 0;
        }
        return new NetworkGeometry(
                name,
                minX,
                minY,
                maxX,
                maxY,
                junctions,
                roads,
                movements,
                signals,
                controllerNames,
                network.laneCount());
    }
}
