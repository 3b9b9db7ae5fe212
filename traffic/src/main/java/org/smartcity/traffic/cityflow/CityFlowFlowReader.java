package org.smartcity.traffic.cityflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;

/**
 * Reads a CityFlow flow JSON file (a list of flows, each with a vehicle, a route of road ids and
 * interval/startTime/endTime) against a network. Every route is checked: its roads must exist and
 * each consecutive pair must be joined by a road link with at least one lane link. Missing vehicle
 * fields take CityFlow's benchmark passenger car values. Stateless and thread-safe.
 */
public final class CityFlowFlowReader {

    public Demand read(Path file, RoadNetwork network) throws InvalidInputException {
        return read(file, new JsonFields(file).parse(), network);
    }

    /**
     * Reads flows from an already parsed tree of {@code file} (see {@link #parse}), so that parsing can
     * run while the network is still being read.
     */
    public Demand read(Path file, JsonNode root, RoadNetwork network) throws InvalidInputException {
        JsonFields json = new JsonFields(file);
        if (!root.isArray()) {
            throw json.error("$", "a flow file must be a JSON array of flows, got " + root.getNodeType());
        }
        List<Flow> flows = new ArrayList<>(root.size());
        for (int f = 0; f < root.size(); f++) {
            flows.add(readFlow(json, network, root.get(f), "$[" + f + "]"));
        }
        return CityFlowRoadnetReader.attempt(json, "$", () -> new Demand(flows));
    }

    /** Parses {@code file} as JSON only; the flows are checked by {@link #read(Path, JsonNode, RoadNetwork)}. */
    public JsonNode parse(Path file) throws InvalidInputException {
        return new JsonFields(file).parse();
    }

    private static Flow readFlow(JsonFields json, RoadNetwork network, JsonNode node, String path)
            throws InvalidInputException {
        if (!node.isObject()) {
            throw json.error(path, "a flow must be a JSON object");
        }
        VehicleType type = readVehicle(json, json.required(node, "vehicle", path), path + ".vehicle");
        JsonNode routeNode = json.array(node, "route", path);
        if (routeNode.isEmpty()) {
            throw json.error(path + ".route", "a route needs at least one road");
        }
        int[] route = new int[routeNode.size()];
        for (int r = 0; r < route.length; r++) {
            String roadPath = path + ".route[" + r + "]";
            JsonNode roadNode = routeNode.get(r);
            if (!roadNode.isTextual()) {
                throw json.error(roadPath, "must be a road id string, got " + roadNode);
            }
            OptionalInt road = network.findRoad(roadNode.asText());
            if (road.isEmpty()) {
                throw json.error(roadPath, "unknown road '" + roadNode.asText() + "'");
            }
            route[r] = road.getAsInt();
            if (r > 0) {
                int link = network.roadLinkBetween(route[r - 1], route[r]);
                if (link < 0 || network.laneLinksOf(link).length == 0) {
                    throw json.error(
                            roadPath,
                            "route roads not connected: no road link from '" + network.roadId(route[r - 1]) + "' to '"
                                    + network.roadId(route[r]) + "'");
                }
            }
        }
        double interval = json.number(node, "interval", path, 1.0);
        double start = json.number(node, "startTime", path, 0.0);
        double end = json.number(node, "endTime", path, start);
        if (!(interval > 0)) {
            throw json.error(path + ".interval", "interval must be positive, got " + interval);
        }
        if (!(start >= 0)) {
            throw json.error(path + ".startTime", "startTime must be >= 0, got " + start);
        }
        if (end < start) {
            throw json.error(path + ".endTime", "endTime " + end + " is before startTime " + start);
        }
        return CityFlowRoadnetReader.attempt(json, path, () -> new Flow(type, route, interval, start, end));
    }

    private static VehicleType readVehicle(JsonFields json, JsonNode node, String path) throws InvalidInputException {
        VehicleType d = VehicleType.PASSENGER_CAR;
        double length = json.number(node, "length", path, d.length_m());
        double width = json.number(node, "width", path, d.width_m());
        double maxPosAcc = json.number(node, "maxPosAcc", path, d.maxPosAcc_mps2());
        double maxNegAcc = json.number(node, "maxNegAcc", path, d.maxNegAcc_mps2());
        double usualPosAcc = json.number(node, "usualPosAcc", path, d.usualPosAcc_mps2());
        double usualNegAcc = json.number(node, "usualNegAcc", path, d.usualNegAcc_mps2());
        double minGap = json.number(node, "minGap", path, d.minGap_m());
        double maxSpeed = json.number(node, "maxSpeed", path, d.maxSpeed_mps());
        double headway = json.number(node, "headwayTime", path, d.headwayTime_s());
        String[] names = {"length", "width", "maxPosAcc", "maxNegAcc", "usualPosAcc", "usualNegAcc", "maxSpeed"};
        double[] values = {length, width, maxPosAcc, maxNegAcc, usualPosAcc, usualNegAcc, maxSpeed};
        for (int i = 0; i < names.length; i++) {
            if (!(values[i] > 0)) {
                throw json.error(path + "." + names[i], names[i] + " must be positive, got " + values[i]);
            }
        }
        if (!(minGap >= 0)) {
            throw json.error(path + ".minGap", "minGap must be >= 0, got " + minGap);
        }
        if (!(headway >= 0)) {
            throw json.error(path + ".headwayTime", "headwayTime must be >= 0, got " + headway);
        }
        return new VehicleType(
                length, width, maxPosAcc, maxNegAcc, usualPosAcc, usualNegAcc, minGap, maxSpeed, headway);
    }
}
