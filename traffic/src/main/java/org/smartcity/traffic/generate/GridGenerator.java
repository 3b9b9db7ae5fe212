package org.smartcity.traffic.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic CityFlow roadnet and flow for a {@link GridSpec}. Intersection (i, j) sits at
 * column i and row j; signalised ones have 1 ≤ i ≤ cols and 1 ≤ j ≤ rows, virtual ones line the
 * border. Road {@code road_i_j_d} leaves (i, j) heading d (0 east, 1 north, 2 west, 3 south). Every
 * vehicle drives straight on, turning at a signal with the spec's probability (at most twice), until
 * it leaves the grid. Deterministic for a given spec. Stateless.
 */
public final class GridGenerator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};
    private static final double LANE_WIDTH_M = 4;
    private static final double MAX_SPEED_MPS = 11.111;
    /** Phases 1–8 as pairs of (approach heading, movement); approach heading = direction of travel in. */
    private static final String[][] PHASES = {
        {"0T", "2T"}, {"1T", "3T"}, {"0L", "2L"}, {"1L", "3L"}, {"0T", "0L"}, {"2T", "2L"}, {"1T", "1L"}, {"3T", "3L"}
    };

    /** The files written by {@link #write}. */
    public record GridFiles(Path roadnet, Path flow, int vehicles) {}

    public GridFiles write(GridSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = spec.rows() + "x" + spec.cols();
        Path roadnet = dir.resolve("roadnet_" + name + ".json");
        Path flow = dir.resolve("flow_" + name + ".json");
        MAPPER.writeValue(roadnet.toFile(), roadnet(spec));
        ArrayNode flows = flows(spec);
        MAPPER.writeValue(flow.toFile(), flows);
        return new GridFiles(roadnet, flow, flows.size());
    }

    static boolean isSignalised(GridSpec s, int i, int j) {
        return i >= 1 && i <= s.cols() && j >= 1 && j <= s.rows();
    }

    static boolean exists(GridSpec s, int i, int j) {
        boolean inside = i >= 0 && i <= s.cols() + 1 && j >= 0 && j <= s.rows() + 1;
        boolean corner = (i == 0 || i == s.cols() + 1) && (j == 0 || j == s.rows() + 1);
        return inside && !corner;
    }

    static String intersectionId(int i, int j) {
        return "intersection_" + i + "_" + j;
    }

    static String roadId(int i, int j, int heading) {
        return "road_" + i + "_" + j + "_" + heading;
    }

    /** A road leaves (i, j) heading d when both ends exist and at least one is signalised. */
    static boolean roadExists(GridSpec s, int i, int j, int d) {
        int ti = i + DX[d];
        int tj = j + DY[d];
        return exists(s, i, j) && exists(s, ti, tj) && (isSignalised(s, i, j) || isSignalised(s, ti, tj));
    }

    JsonNode roadnet(GridSpec s) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode intersections = root.putArray("intersections");
        ArrayNode roads = root.putArray("roads");
        for (int i = 0; i <= s.cols() + 1; i++) {
            for (int j = 0; j <= s.rows() + 1; j++) {
                if (!exists(s, i, j)) {
                    continue;
                }
                for (int d = 0; d < 4; d++) {
                    if (roadExists(s, i, j, d)) {
                        roads.add(road(s, i, j, d));
                    }
                }
                intersections.add(intersection(s, i, j));
            }
        }
        return root;
    }

    private ObjectNode road(GridSpec s, int i, int j, int d) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("id", roadId(i, j, d));
        ArrayNode points = r.putArray("points");
        points.add(point(i * s.spacing_m(), j * s.spacing_m()));
        points.add(point((i + DX[d]) * s.spacing_m(), (j + DY[d]) * s.spacing_m()));
        ArrayNode lanes = r.putArray("lanes");
        for (int k = 0; k < 3; k++) {
            lanes.addObject().put("width", LANE_WIDTH_M).put("maxSpeed", MAX_SPEED_MPS);
        }
        r.put("startIntersection", intersectionId(i, j));
        r.put("endIntersection", intersectionId(i + DX[d], j + DY[d]));
        return r;
    }

    private ObjectNode intersection(GridSpec s, int i, int j) {
        boolean signalised = isSignalised(s, i, j);
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", intersectionId(i, j));
        n.set("point", point(i * s.spacing_m(), j * s.spacing_m()));
        n.put("width", signalised ? GridSpec.INTERSECTION_WIDTH_M : 0);
        ArrayNode roadIds = n.putArray("roads");
        for (int d = 0; d < 4; d++) {
            int fi = i - DX[d];
            int fj = j - DY[d];
            if (roadExists(s, fi, fj, d)) {
                roadIds.add(roadId(fi, fj, d));
            }
            if (roadExists(s, i, j, d)) {
                roadIds.add(roadId(i, j, d));
            }
        }
        ArrayNode links = n.putArray("roadLinks");
        ObjectNode light = n.putObject("trafficLight");
        ArrayNode phases = light.putArray("lightphases");
        n.put("virtual", !signalised);
        if (!signalised) {
            return n;
        }
        // road links in the order: per incoming heading 0..3, movements T, L, R
        List<String> keys = new ArrayList<>();
        for (int in = 0; in < 4; in++) {
            int fi = i - DX[in];
            int fj = j - DY[in];
            for (char m : new char[] {'T', 'L', 'R'}) {
                int out = m == 'T' ? in : m == 'L' ? (in + 1) % 4 : (in + 3) % 4;
                links.add(roadLink(s, i, j, fi, fj, in, out, m));
                keys.add("" + in + m);
            }
        }
        ArrayNode clearance = phases.addObject().put("time", 5).putArray("availableRoadLinks");
        addRights(keys, clearance);
        for (String[] phase : PHASES) {
            ArrayNode available = phases.addObject().put("time", 30).putArray("availableRoadLinks");
            addRights(keys, available);
            for (String movement : phase) {
                available.add(keys.indexOf(movement));
            }
        }
        ArrayNode indices = light.putArray("roadLinkIndices");
        for (int k = 0; k < keys.size(); k++) {
            indices.add(k);
        }
        return n;
    }

    private static void addRights(List<String> keys, ArrayNode into) {
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).endsWith("R")) {
                into.add(k);
            }
        }
    }

    private ObjectNode roadLink(GridSpec s, int i, int j, int fi, int fj, int in, int out, char movement) {
        ObjectNode link = MAPPER.createObjectNode();
        link.put("type", movement == 'T' ? "go_straight" : movement == 'L' ? "turn_left" : "turn_right");
        link.put("startRoad", roadId(fi, fj, in));
        link.put("endRoad", roadId(i, j, out));
        ArrayNode laneLinks = link.putArray("laneLinks");
        int fromLane = movement == 'L' ? 0 : movement == 'T' ? 1 : 2;
        double cx = i * s.spacing_m();
        double cy = j * s.spacing_m();
        double w = GridSpec.INTERSECTION_WIDTH_M;
        for (int toLane = 0; toLane < 3; toLane++) {
            ObjectNode laneLink = laneLinks.addObject();
            laneLink.put("startLaneIndex", fromLane);
            laneLink.put("endLaneIndex", toLane);
            // start: end of the incoming lane; end: start of the outgoing lane (lanes lie right of the centre line)
            double offIn = (fromLane + 0.5) * LANE_WIDTH_M;
            double offOut = (toLane + 0.5) * LANE_WIDTH_M;
            double sx = cx - DX[in] * w + DY[in] * offIn;
            double sy = cy - DY[in] * w - DX[in] * offIn;
            double ex = cx + DX[out] * w + DY[out] * offOut;
            double ey = cy + DY[out] * w - DX[out] * offOut;
            double chord = Math.hypot(ex - sx, ey - sy);
            double handle = Math.max(chord / 2, 5);
            double c1x = sx + DX[in] * handle;
            double c1y = sy + DY[in] * handle;
            double c2x = ex - DX[out] * handle;
            double c2y = ey - DY[out] * handle;
            ArrayNode points = laneLink.putArray("points");
            for (int k = 0; k <= 10; k++) {
                double t = k / 10.0;
                double a = (1 - t) * (1 - t) * (1 - t);
                double b = 3 * (1 - t) * (1 - t) * t;
                double c = 3 * (1 - t) * t * t;
                double d = t * t * t;
                points.add(point(a * sx + b * c1x + c * c2x + d * ex, a * sy + b * c1y + c * c2y + d * ey));
            }
        }
        return link;
    }

    private static ObjectNode point(double x, double y) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("x", Math.round(x * 1000) / 1000.0);
        p.put("y", Math.round(y * 1000) / 1000.0);
        return p;
    }

    ArrayNode flows(GridSpec s) {
        SplittableRandom random = new SplittableRandom(s.seed());
        ArrayNode flows = MAPPER.createArrayNode();
        int perEntry = (int) Math.round(s.vehiclesPerHourPerEntry() * s.duration_s() / 3600.0);
        for (int i = 0; i <= s.cols() + 1; i++) {
            for (int j = 0; j <= s.rows() + 1; j++) {
                if (!exists(s, i, j) || isSignalised(s, i, j)) {
                    continue;
                }
                for (int d = 0; d < 4; d++) {
                    if (!roadExists(s, i, j, d)) {
                        continue;
                    }
                    for (int k = 0; k < perEntry; k++) {
                        int departure = random.nextInt(s.duration_s());
                        flows.add(flow(route(s, i, j, d, random), departure));
                    }
                }
            }
        }
        return flows;
    }

    private static List<String> route(GridSpec s, int i, int j, int heading, SplittableRandom random) {
        List<String> route = new ArrayList<>();
        int turns = 0;
        while (true) {
            route.add(roadId(i, j, heading));
            i += DX[heading];
            j += DY[heading];
            if (!isSignalised(s, i, j)) {
                return route;
            }
            if (turns < 2 && random.nextDouble() < s.turnProbability()) {
                heading = random.nextBoolean() ? (heading + 1) % 4 : (heading + 3) % 4;
                turns++;
            }
        }
    }

    private static ObjectNode flow(List<String> route, int departure) {
        ObjectNode f = MAPPER.createObjectNode();
        ObjectNode v = f.putObject("vehicle");
        v.put("length", 5.0).put("width", 2.0).put("maxPosAcc", 2.0).put("maxNegAcc", 4.5);
        v.put("usualPosAcc", 2.0).put("usualNegAcc", 4.5).put("minGap", 2.5).put("maxSpeed", MAX_SPEED_MPS);
        v.put("headwayTime", 2);
        ArrayNode r = f.putArray("route");
        route.forEach(r::add);
        f.put("interval", 1.0).put("startTime", departure).put("endTime", departure);
        return f;
    }
}
