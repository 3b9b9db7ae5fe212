package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.RoadNetworkBuilder;
import org.smartcity.traffic.network.TurnType;

/**
 * A four-armed junction for signal tests: roads {@code in_d} (d = 0 east-, 1 north-, 2 west-, 3
 * south-bound) enter it and {@code out_d} leave it, one lane each. Road links, in this order: for each
 * approach d, straight (in_d → out_d) and left (in_d → out_(d+1)). Phases:
 *
 * <ol start="0">
 *   <li>clearance: nothing
 *   <li>east-west straight (links 0, 4)
 *   <li>north-south straight (links 2, 6)
 *   <li>east-west left (links 1, 5)
 *   <li>north-south left (links 3, 7)
 * </ol>
 */
final class SignalTestNetworks {
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private SignalTestNetworks() {}

    /** The crossroads with the five phases above, of the given durations. */
    static RoadNetwork crossroads(List<Double> durations_s) {
        RoadNetworkBuilder b = new RoadNetworkBuilder();
        int j = b.addIntersection("junction", new Point(0, 0), 10, false);
        int[] in = new int[4];
        int[] out = new int[4];
        for (int d = 0; d < 4; d++) {
            // approach heading d starts 200 m back against d; exit heading d ends 200 m along d
            Point start = new Point(-200 * DX[d], -200 * DY[d]);
            Point end = new Point(200 * DX[d], 200 * DY[d]);
            int from = b.addIntersection("from_" + d, start, 0, true);
            int to = b.addIntersection("to_" + d, end, 0, true);
            in[d] = b.addRoad(
                    "in_" + d, from, j, List.of(start, new Point(0, 0)), new double[] {3.5}, new double[] {11.111});
            out[d] = b.addRoad(
                    "out_" + d, j, to, List.of(new Point(0, 0), end), new double[] {3.5}, new double[] {11.111});
        }
        List<Integer> links = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            int straight = b.addRoadLink(j, in[d], out[d], TurnType.STRAIGHT);
            b.addLaneLink(straight, 0, 0, List.of());
            int left = b.addRoadLink(j, in[d], out[(d + 1) % 4], TurnType.LEFT);
            b.addLaneLink(left, 0, 0, List.of());
            links.add(straight);
            links.add(left);
        }
        int[][] phases = {
            {},
            {links.get(0), links.get(4)},
            {links.get(2), links.get(6)},
            {links.get(1), links.get(5)},
            {links.get(3), links.get(7)}
        };
        for (int p = 0; p < phases.length; p++) {
            b.addPhase(j, durations_s.get(p), phases[p]);
        }
        return b.build();
    }
}
