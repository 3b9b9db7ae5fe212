package org.smartcity.traffic.routing;

import java.util.Optional;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Fastest routes on a {@link RoadNetwork}, as sequences of roads, with JGraphT's Dijkstra. The graph's
 * vertices are roads and its edges the road links that have at least one lane link, so a route can
 * always be driven; crossing a road link costs the travel time of the road it leads to. Turn
 * restrictions hence come for free. Not thread-safe (weights are set per query); one router per thread.
 */
public final class RoadRouter {
    private final RoadNetwork network;
    /** The travel times the graph's weights were last set from, or null. */
    private double[] weightsSet;

    private final SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph =
            new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);

    public RoadRouter(RoadNetwork network) {
        this.network = network;
        for (int r = 0; r < network.roadCount(); r++) {
            graph.addVertex(r);
        }
        for (int link = 0; link < network.roadLinkCount(); link++) {
            int from = network.roadLinkFromRoad(link);
            int to = network.roadLinkToRoad(link);
            if (network.laneLinksOf(link).length > 0 && from != to && !graph.containsEdge(from, to)) {
                graph.addEdge(from, to);
            }
        }
    }

    /**
     * Free-flow travel time of every road in seconds: its lane length over the fastest lane's speed
     * limit.
     */
    public static double[] freeFlowTimes_s(RoadNetwork network) {
        double[] t = new double[network.roadCount()];
        for (int r = 0; r < t.length; r++) {
            double speed = 0;
            for (int k = 0; k < network.laneCount(r); k++) {
                speed = Math.max(speed, network.laneMaxSpeed_mps(network.firstLane(r) + k));
            }
            t[r] = network.laneLength_m(network.firstLane(r)) / speed;
        }
        return t;
    }

    /**
     * The route from road {@code from} to road {@code to} (both included) that minimises the sum of
     * {@code roadTime_s} over its roads, or empty when {@code to} cannot be reached.
     *
     * @param roadTime_s travel time of each road in seconds, indexed by road id; finite and >= 0
     */
    public Optional<int[]> fastestRoute(int from, int to, double[] roadTime_s) {
        return fastestRoutesFrom(from, roadTime_s).to(to);
    }

    /**
     * The fastest routes from road {@code from} to every road, found in one search under the given
     * travel times (s per road, one per road); ask it for as many destinations as needed. The answer
     * stays valid after later queries.
     *
     * @throws IllegalArgumentException for a time that is negative or not finite, or a wrong count
     */
    public RoutesFrom fastestRoutesFrom(int from, double[] roadTime_s) {
        setWeights(roadTime_s);
        SingleSourcePaths<Integer, DefaultWeightedEdge> paths = new DijkstraShortestPath<>(graph).getPaths(from);
        return to -> {
            if (from == to) {
                return Optional.of(new int[] {from});
            }
            GraphPath<Integer, DefaultWeightedEdge> path = paths.getPath(to);
            if (path == null) {
                return Optional.empty();
            }
            return Optional.of(
                    path.getVertexList().stream().mapToInt(Integer::intValue).toArray());
        };
    }

    /** Fastest routes from one road, by destination road. */
    @FunctionalInterface
    public interface RoutesFrom {
        /** The roads from the origin to {@code to}, both included; empty when {@code to} cannot be reached. */
        Optional<int[]> to(int to);
    }

    private void setWeights(double[] roadTime_s) {
        if (roadTime_s.length != network.roadCount()) {
            throw new IllegalArgumentException(
                    "need one travel time per road (" + network.roadCount() + "), got " + roadTime_s.length);
        }
        if (java.util.Arrays.equals(roadTime_s, weightsSet)) {
            return; // the graph already carries these times
        }
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            double w = roadTime_s[graph.getEdgeTarget(e)];
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("road travel times must be finite and >= 0, got " + w);
            }
            graph.setEdgeWeight(e, w);
        }
        weightsSet = roadTime_s.clone();
    }
}
