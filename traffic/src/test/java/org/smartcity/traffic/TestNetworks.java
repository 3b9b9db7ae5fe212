package org.smartcity.traffic;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.RoadNetworkBuilder;
import org.smartcity.traffic.network.TurnType;
import org.smartcity.traffic.signal.SignalControllerFactory;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.signal.SignalRunner;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/**
 * Small road networks built in code for behaviour tests (test code only). Public so that tests of every
 * traffic package can use it.
 */
public final class TestNetworks {
    /** Road from the west boundary to the signal ({@link #corridor}). */
    public static final String IN_ROAD = "in";
    /** Road from the signal to the east boundary ({@link #corridor}). */
    public static final String OUT_ROAD = "out";
    /** Width of the signalised intersection of {@link #corridor}, cut from both roads' ends. */
    public static final double JUNCTION_WIDTH_M = 10;

    private TestNetworks() {}

    /** One straight road of one lane between two boundary (virtual) intersections. */
    public static RoadNetwork straightRoad(double length_m, double laneMaxSpeed_mps) {
        RoadNetworkBuilder b = new RoadNetworkBuilder();
        int west = b.addIntersection("west", new Point(0, 0), 0, true);
        int east = b.addIntersection("east", new Point(length_m, 0), 0, true);
        b.addRoad(
                "road", west, east, List.of(new Point(0, 0), new Point(length_m, 0)), new double[] {3.5}, new double[] {
                    laneMaxSpeed_mps
                });
        return b.build();
    }

    /** A phase of {@link #corridor}: its duration and whether it lets the straight movement go. */
    public record Phase(double duration_s, boolean green) {}

    /**
     * West boundary → road {@value #IN_ROAD} → signalised junction → road {@value #OUT_ROAD} → east
     * boundary. Both roads have {@code lanes} lanes with a speed limit of {@code laneMaxSpeed_mps}; the
     * single road link goes straight with lane links k → k. The junction's plan is {@code phases}.
     *
     * @param inLength_m polyline length of the approach; its drivable length is this less {@link
     *     #JUNCTION_WIDTH_M}
     */
    public static RoadNetwork corridor(
            double inLength_m, double outLength_m, int lanes, double laneMaxSpeed_mps, List<Phase> phases) {
        RoadNetworkBuilder b = new RoadNetworkBuilder();
        int west = b.addIntersection("west", new Point(0, 0), 0, true);
        int junction = b.addIntersection("junction", new Point(inLength_m, 0), JUNCTION_WIDTH_M, false);
        int east = b.addIntersection("east", new Point(inLength_m + outLength_m, 0), 0, true);
        double[] widths = new double[lanes];
        double[] speeds = new double[lanes];
        java.util.Arrays.fill(widths, 3.5);
        java.util.Arrays.fill(speeds, laneMaxSpeed_mps);
        int in = b.addRoad(IN_ROAD, west, junction, List.of(new Point(0, 0), new Point(inLength_m, 0)), widths, speeds);
        int out = b.addRoad(
                OUT_ROAD,
                junction,
                east,
                List.of(new Point(inLength_m, 0), new Point(inLength_m + outLength_m, 0)),
                widths,
                speeds);
        int link = b.addRoadLink(junction, in, out, TurnType.STRAIGHT);
        for (int k = 0; k < lanes; k++) {
            double y = -(k + 0.5) * 3.5;
            b.addLaneLink(
                    link,
                    k,
                    k,
                    List.of(new Point(inLength_m - JUNCTION_WIDTH_M, y), new Point(inLength_m + JUNCTION_WIDTH_M, y)));
        }
        for (Phase p : phases) {
            b.addPhase(junction, p.duration_s(), p.green() ? new int[] {link} : new int[0]);
        }
        return b.build();
    }

    /**
     * Two single-lane approaches, {@code "west"} and {@code "south"}, each {@code approach_m} long, meeting
     * at an unsignalised junction (every movement may go) and merging into the single lane of road {@code
     * "out"}: both road links are typed straight (no turn slow-down), both lane links {@code 2 * JUNCTION_WIDTH_M} long.
     */
    public static RoadNetwork merge(double approach_m, double out_m) {
        RoadNetworkBuilder b = new RoadNetworkBuilder();
        int w = b.addIntersection("w", new Point(-approach_m, 0), 0, true);
        int s = b.addIntersection("s", new Point(0, -approach_m), 0, true);
        int j = b.addIntersection("j", new Point(0, 0), JUNCTION_WIDTH_M, false);
        int e = b.addIntersection("e", new Point(out_m, 0), 0, true);
        double[] width = {3.5};
        double[] speed = {11.111};
        int west = b.addRoad("west", w, j, List.of(new Point(-approach_m, 0), new Point(0, 0)), width, speed);
        int south = b.addRoad("south", s, j, List.of(new Point(0, -approach_m), new Point(0, 0)), width, speed);
        int out = b.addRoad("out", j, e, List.of(new Point(0, 0), new Point(out_m, 0)), width, speed);
        double w2 = JUNCTION_WIDTH_M;
        b.addLaneLink(
                b.addRoadLink(j, west, out, TurnType.STRAIGHT), 0, 0, List.of(new Point(-w2, 0), new Point(w2, 0)));
        b.addLaneLink(
                b.addRoadLink(j, south, out, TurnType.STRAIGHT),
                0,
                0,
                List.of(new Point(0, -w2), new Point(0, 0), new Point(w2, 0)));
        return b.build();
    }

    /** {@code count} vehicles of {@code type} on the route {@code roadIds}, one every {@code interval_s} from {@code start_s}. */
    public static Flow flow(
            RoadNetwork network, VehicleType type, double start_s, double interval_s, int count, String... roadIds) {
        int[] route = new int[roadIds.length];
        for (int i = 0; i < roadIds.length; i++) {
            route[i] = network.findRoad(roadIds[i]).orElseThrow();
        }
        return new Flow(type, route, interval_s, start_s, start_s + (count - 1) * interval_s);
    }

    public static Demand demand(Flow... flows) {
        return new Demand(new ArrayList<>(List.of(flows)));
    }

    /** A simulation of {@code network} and {@code demand} under the given controller and protocol, step 1 s. */
    public static Simulation simulation(
            RoadNetwork network,
            Demand demand,
            SignalControllerFactory controllers,
            SignalProtocol protocol,
            long seed) {
        return new Simulation(
                network,
                demand,
                new SignalRunner(network, controllers, protocol),
                SimulationConfig.DEFAULT.withSeed(seed));
    }
}
