package org.smartcity.traffic.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.RoadNetworkBuilder;
import org.smartcity.traffic.network.TurnType;

/**
 * Fastest routes on a hand-built network: from road {@code in} to road {@code out} either straight
 * over the 1,000 m road {@code long} or around over {@code side1} and {@code side2} (300 m each).
 */
class RoadRouterTest {
    private final RoadNetwork network = network();
    private final RoadRouter router = new RoadRouter(network);

    private static RoadNetwork network() {
        RoadNetworkBuilder b = new RoadNetworkBuilder();
        int s = b.addIntersection("s", new Point(-100, 0), 0, true);
        int a = b.addIntersection("a", new Point(0, 0), 0, false);
        int c = b.addIntersection("c", new Point(500, 200), 0, false);
        int d = b.addIntersection("d", new Point(1000, 0), 0, false);
        int e = b.addIntersection("e", new Point(1100, 0), 0, true);
        double[] w = {3.5};
        double[] v = {10.0};
        int in = b.addRoad("in", s, a, List.of(new Point(-100, 0), new Point(0, 0)), w, v);
        int longRoad = b.addRoad("long", a, d, List.of(new Point(0, 0), new Point(1000, 0)), w, v);
        int side1 = b.addRoad("side1", a, c, List.of(new Point(0, 0), new Point(0, 300)), w, v);
        int side2 = b.addRoad("side2", c, d, List.of(new Point(0, 300), new Point(0, 600)), w, v);
        int out = b.addRoad("out", d, e, List.of(new Point(1000, 0), new Point(1100, 0)), w, v);
        int dead = b.addRoad("dead", d, c, List.of(new Point(1000, 0), new Point(500, 200)), w, v);
        b.addLaneLink(b.addRoadLink(a, in, longRoad, TurnType.STRAIGHT), 0, 0, List.of());
        b.addLaneLink(b.addRoadLink(a, in, side1, TurnType.LEFT), 0, 0, List.of());
        b.addLaneLink(b.addRoadLink(c, side1, side2, TurnType.RIGHT), 0, 0, List.of());
        b.addLaneLink(b.addRoadLink(d, longRoad, out, TurnType.STRAIGHT), 0, 0, List.of());
        b.addLaneLink(b.addRoadLink(d, side2, out, TurnType.RIGHT), 0, 0, List.of());
        b.addRoadLink(d, longRoad, dead, TurnType.LEFT); // no lane link: cannot be driven
        return b.build();
    }

    private int road(String id) {
        return network.findRoad(id).orElseThrow();
    }

    private int[] route(String... ids) {
        int[] r = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            r[i] = road(ids[i]);
        }
        return r;
    }

    @Test
    void atFreeFlowTheShorterWayAroundWins() {
        double[] freeFlow = RoadRouter.freeFlowTimes_s(network);

        assertThat(freeFlow[road("long")]).isEqualTo(100.0);
        assertThat(router.fastestRoute(road("in"), road("out"), freeFlow))
                .hasValueSatisfying(r -> assertThat(r).containsExactly(route("in", "side1", "side2", "out")));
    }

    @Test
    void aJamOnTheWayAroundSendsTheRouteStraight() {
        double[] live = RoadRouter.freeFlowTimes_s(network);
        live[road("side2")] = 200;

        assertThat(router.fastestRoute(road("in"), road("out"), live))
                .hasValueSatisfying(r -> assertThat(r).containsExactly(route("in", "long", "out")));
    }

    @Test
    void roadLinksWithoutLaneLinksAreNotDriven() {
        double[] freeFlow = RoadRouter.freeFlowTimes_s(network);

        assertThat(router.fastestRoute(road("in"), road("dead"), freeFlow)).isEmpty();
        assertThat(router.fastestRoute(road("out"), road("in"), freeFlow)).isEmpty();
        assertThat(router.fastestRoute(road("in"), road("in"), freeFlow))
                .hasValueSatisfying(r -> assertThat(r).containsExactly(road("in")));
    }
}
