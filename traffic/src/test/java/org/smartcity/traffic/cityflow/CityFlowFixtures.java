package org.smartcity.traffic.cityflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid CityFlow roadnet and flow as JSON trees, for tests to break one field at a time:
 *
 * <pre>
 * west (virtual) --road "in", 2 lanes--> junction (width 10, signalised) --road "out", 2 lanes--> east (virtual)
 * </pre>
 *
 * intersections: [0] west, [1] junction, [2] east; roads: [0] in, [1] out; the junction has one road link
 * (in → out, lane links 0→0 and 1→1) and two phases: [0] clearance (no road link), [1] road link 0.
 */
final class CityFlowFixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CityFlowFixtures() {}

    static ObjectNode roadnet() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode intersections = root.putArray("intersections");
        intersections.add(intersection("west", 0, 0, true));
        ObjectNode junction = intersection("junction", 300, 10, false);
        ObjectNode link = ((ArrayNode) junction.get("roadLinks")).addObject();
        link.put("type", "go_straight").put("startRoad", "in").put("endRoad", "out");
        ArrayNode laneLinks = link.putArray("laneLinks");
        for (int k = 0; k < 2; k++) {
            ObjectNode laneLink = laneLinks.addObject().put("startLaneIndex", k).put("endLaneIndex", k);
            ArrayNode points = laneLink.putArray("points");
            points.add(point(290, -2 - 4 * k));
            points.add(point(310, -2 - 4 * k));
        }
        ArrayNode phases = junction.putObject("trafficLight").putArray("lightphases");
        phases.addObject().put("time", 5).putArray("availableRoadLinks");
        phases.addObject().put("time", 30).putArray("availableRoadLinks").add(0);
        intersections.add(junction);
        intersections.add(intersection("east", 600, 0, true));
        ArrayNode roads = root.putArray("roads");
        roads.add(road("in", "west", "junction", 0, 300));
        roads.add(road("out", "junction", "east", 300, 600));
        return root;
    }

    private static ObjectNode intersection(String id, double x, double width, boolean virtual) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", id);
        n.set("point", point(x, 0));
        n.put("width", width);
        n.put("virtual", virtual);
        n.putArray("roadLinks");
        return n;
    }

    private static ObjectNode road(String id, String from, String to, double x0, double x1) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("id", id);
        r.put("startIntersection", from);
        r.put("endIntersection", to);
        ArrayNode points = r.putArray("points");
        points.add(point(x0, 0));
        points.add(point(x1, 0));
        ArrayNode lanes = r.putArray("lanes");
        for (int k = 0; k < 2; k++) {
            lanes.addObject().put("width", 4.0).put("maxSpeed", 11.111);
        }
        return r;
    }

    static ObjectNode point(double x, double y) {
        return MAPPER.createObjectNode().put("x", x).put("y", y);
    }

    /** One flow of 6 cars on in → out, one every 2 s from 0 to 10 s. */
    static ArrayNode flow() {
        ArrayNode flows = MAPPER.createArrayNode();
        ObjectNode f = flows.addObject();
        ObjectNode v = f.putObject("vehicle");
        v.put("length", 5.0).put("width", 2.0).put("maxPosAcc", 2.0).put("maxNegAcc", 4.5);
        v.put("usualPosAcc", 2.0).put("usualNegAcc", 4.5).put("minGap", 2.5).put("maxSpeed", 11.111);
        v.put("headwayTime", 2);
        f.putArray("route").add("in").add("out");
        f.put("interval", 2.0).put("startTime", 0).put("endTime", 10);
        return flows;
    }

    static Path write(Path dir, String fileName, JsonNode json) {
        try {
            return Files.writeString(dir.resolve(fileName), MAPPER.writeValueAsString(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeText(Path dir, String fileName, String text) {
        try {
            return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
