package org.smartcity.traffic.cityflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.RoadNetworkBuilder;
import org.smartcity.traffic.network.TurnType;

/**
 * Reads a CityFlow roadnet JSON file into a {@link RoadNetwork}. The whole file is checked before a
 * network is returned; the first problem found is reported as an {@link InvalidInputException} naming
 * the file, the JSON path and the reason. Stateless and thread-safe.
 */
public final class CityFlowRoadnetReader {

    public RoadNetwork read(Path file) throws InvalidInputException {
        JsonFields json = new JsonFields(file);
        JsonNode root = json.parse();
        if (!root.isObject()) {
            throw json.error("$", "a roadnet must be a JSON object with 'intersections' and 'roads'");
        }
        JsonNode intersections = json.array(root, "intersections", "$");
        JsonNode roads = json.array(root, "roads", "$");
        RoadNetworkBuilder builder = new RoadNetworkBuilder();

        for (int i = 0; i < intersections.size(); i++) {
            String path = "$.intersections[" + i + "]";
            JsonNode node = intersections.get(i);
            String id = json.text(node, "id", path);
            Point point = point(json, json.required(node, "point", path), path + ".point");
            double width = json.number(node, "width", path, 0.0);
            if (width < 0) {
                throw json.error(path + ".width", "intersection width must be >= 0 m, got " + width);
            }
            boolean virtual = json.bool(node, "virtual", path, false);
            attempt(json, path, () -> builder.addIntersection(id, point, width, virtual));
        }
        for (int r = 0; r < roads.size(); r++) {
            String path = "$.roads[" + r + "]";
            readRoad(json, builder, roads.get(r), path);
        }
        for (int i = 0; i < intersections.size(); i++) {
            String path = "$.intersections[" + i + "]";
            readRoadLinksAndPhases(json, builder, i, intersections.get(i), path);
        }
        return builder.build();
    }

    private static void readRoad(JsonFields json, RoadNetworkBuilder builder, JsonNode node, String path)
            throws InvalidInputException {
        String id = json.text(node, "id", path);
        String fromId = json.text(node, "startIntersection", path);
        String toId = json.text(node, "endIntersection", path);
        int from = attempt(json, path + ".startIntersection", () -> builder.intersection(fromId));
        int to = attempt(json, path + ".endIntersection", () -> builder.intersection(toId));
        JsonNode pointsNode = json.array(node, "points", path);
        List<Point> points = new ArrayList<>();
        for (int p = 0; p < pointsNode.size(); p++) {
            points.add(point(json, pointsNode.get(p), path + ".points[" + p + "]"));
        }
        JsonNode lanes = json.array(node, "lanes", path);
        if (lanes.isEmpty()) {
            throw json.error(path + ".lanes", "a road needs at least one lane");
        }
        double[] widths = new double[lanes.size()];
        double[] speeds = new double[lanes.size()];
        for (int k = 0; k < lanes.size(); k++) {
            String lanePath = path + ".lanes[" + k + "]";
            widths[k] = json.number(lanes.get(k), "width", lanePath);
            speeds[k] = json.number(lanes.get(k), "maxSpeed", lanePath);
            if (!(widths[k] > 0)) {
                throw json.error(lanePath + ".width", "lane width must be positive, got " + widths[k]);
            }
            if (!(speeds[k] > 0)) {
                throw json.error(lanePath + ".maxSpeed", "lane speed limit must be positive, got " + speeds[k]);
            }
        }
        attempt(json, path, () -> builder.addRoad(id, from, to, points, widths, speeds));
    }

    private static void readRoadLinksAndPhases(
            JsonFields json, RoadNetworkBuilder builder, int intersection, JsonNode node, String path)
            throws InvalidInputException {
        JsonNode roadLinks = node.get("roadLinks");
        List<Integer> localToGlobal = new ArrayList<>();
        if (roadLinks != null && !roadLinks.isNull()) {
            if (!roadLinks.isArray()) {
                throw json.error(path + ".roadLinks", "must be a JSON array");
            }
            for (int k = 0; k < roadLinks.size(); k++) {
                localToGlobal.add(
                        readRoadLink(json, builder, intersection, roadLinks.get(k), path + ".roadLinks[" + k + "]"));
            }
        }
        boolean virtual = json.bool(node, "virtual", path, false);
        JsonNode light = node.get("trafficLight");
        if (virtual || light == null || light.isNull()) {
            return;
        }
        String lightPath = path + ".trafficLight";
        JsonNode phases = json.array(light, "lightphases", lightPath);
        for (int p = 0; p < phases.size(); p++) {
            String phasePath = lightPath + ".lightphases[" + p + "]";
            JsonNode phase = phases.get(p);
            double time = json.number(phase, "time", phasePath);
            if (!(time >= 0)) {
                throw json.error(phasePath + ".time", "phase duration must be >= 0 s, got " + time);
            }
            JsonNode available = json.array(phase, "availableRoadLinks", phasePath);
            int[] links = new int[available.size()];
            for (int a = 0; a < available.size(); a++) {
                JsonNode index = available.get(a);
                if (!index.canConvertToInt() || index.asInt() < 0 || index.asInt() >= localToGlobal.size()) {
                    throw json.error(
                            phasePath + ".availableRoadLinks[" + a + "]",
                            "road link index " + index + " does not exist; this intersection has "
                                    + localToGlobal.size() + " road links");
                }
                links[a] = localToGlobal.get(index.asInt());
            }
            attempt(json, phasePath, () -> {
                builder.addPhase(intersection, time, links);
                return 0;
            });
        }
    }

    private static int readRoadLink(
            JsonFields json, RoadNetworkBuilder builder, int intersection, JsonNode node, String path)
            throws InvalidInputException {
        String type = json.text(node, "type", path);
        TurnType turn = switch (type) {
            case "go_straight" -> TurnType.STRAIGHT;
            case "turn_left" -> TurnType.LEFT;
            case "turn_right" -> TurnType.RIGHT;
            default ->
                throw json.error(
                        path + ".type",
                        "unknown road link type '" + type + "'; expected go_straight, turn_left or turn_right");
        };
        String fromId = json.text(node, "startRoad", path);
        String toId = json.text(node, "endRoad", path);
        int from = attempt(json, path + ".startRoad", () -> builder.road(fromId));
        int to = attempt(json, path + ".endRoad", () -> builder.road(toId));
        int roadLink = attempt(json, path, () -> builder.addRoadLink(intersection, from, to, turn));
        JsonNode laneLinks = json.array(node, "laneLinks", path);
        for (int m = 0; m < laneLinks.size(); m++) {
            String linkPath = path + ".laneLinks[" + m + "]";
            JsonNode laneLink = laneLinks.get(m);
            int fromLane = json.integer(laneLink, "startLaneIndex", linkPath);
            int toLane = json.integer(laneLink, "endLaneIndex", linkPath);
            List<Point> points = new ArrayList<>();
            JsonNode pointsNode = laneLink.get("points");
            if (pointsNode != null && pointsNode.isArray()) {
                for (int p = 0; p < pointsNode.size(); p++) {
                    points.add(point(json, pointsNode.get(p), linkPath + ".points[" + p + "]"));
                }
            }
            attempt(json, linkPath, () -> builder.addLaneLink(roadLink, fromLane, toLane, points));
        }
        return roadLink;
    }

    private static Point point(JsonFields json, JsonNode node, String path) throws InvalidInputException {
        double x = json.number(node, "x", path);
        double y = json.number(node, "y", path);
        return attempt(json, path, () -> new Point(x, y));
    }

    /** Runs a builder step and reports its validation failure at {@code path}. */
    static <T> T attempt(JsonFields json, String path, BuilderStep<T> step) throws InvalidInputException {
        try {
            return step.run();
        } catch (IllegalArgumentException e) {
            throw json.error(path, e.getMessage());
        }
    }

    @FunctionalInterface
    interface BuilderStep<T> {
        T run();
    }
}
