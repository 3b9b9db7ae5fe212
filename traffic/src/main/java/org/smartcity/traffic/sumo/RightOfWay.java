package org.smartcity.traffic.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.LinkControl;
import org.smartcity.traffic.network.RoadNetworkBuilder;

/**
 * A SUMO junction's right of way, as netconvert wrote it: the junction lists its internal lanes in
 * link-index order ({@code intLanes}); a connection's link index is the position of the first
 * internal lane it goes {@code via}; each {@code <request index="i" response="…">} row says, read
 * from the right, which links link i must yield to. The connection's {@code state} says how it is
 * approached: {@code m} minor (yield, approach slowly enough to stop), {@code s} and {@code w} stop,
 * others drive through. Junctions written without internal lanes declare no right of way; the
 * simulator's defaults then apply. Stateless.
 */
final class RightOfWay {
    private RightOfWay() {}

    static void declare(
            XmlElement root, Map<Integer, List<SumoNetReader.Connection>> byIntersection, RoadNetworkBuilder builder)
            throws InvalidInputException {
        Map<Integer, XmlElement> junctions = new HashMap<>();
        for (XmlElement junction : root.children("junction")) {
            if (!junction.text("type", "priority").equals("internal")) {
                junctions.put(builder.intersection(junction.text("id")), junction);
            }
        }
        for (Map.Entry<Integer, List<SumoNetReader.Connection>> e : byIntersection.entrySet()) {
            List<SumoNetReader.Connection> connections = e.getValue();
            for (SumoNetReader.Connection c : connections) {
                LinkControl control = control(c.element().text("state", "M"));
                if (control != LinkControl.MAJOR) {
                    SumoNetReader.attempt(c.element(), () -> {
                        builder.laneLinkControl(c.laneLink(), control);
                        return 0;
                    });
                }
            }
            XmlElement junction = junctions.get(e.getKey());
            if (junction != null) {
                declareYields(junction, connections, builder);
            }
        }
    }

    private static LinkControl control(String state) {
        return switch (state) {
            case "m" -> LinkControl.MINOR;
            case "s", "w" -> LinkControl.STOP;
            default -> LinkControl.MAJOR;
        };
    }

    private static void declareYields(
            XmlElement junction, List<SumoNetReader.Connection> connections, RoadNetworkBuilder builder)
            throws InvalidInputException {
        String intLanes = junction.text("intLanes", "").trim();
        if (intLanes.isEmpty()) {
            return;
        }
        Map<String, Integer> indexOfInternal = new HashMap<>();
        String[] lanes = intLanes.split("\\s+");
        for (int i = 0; i < lanes.length; i++) {
            indexOfInternal.put(lanes[i], i);
        }
        Map<Integer, List<Integer>> laneLinksOfIndex = new HashMap<>();
        Map<SumoNetReader.Connection, Integer> indexOf = new HashMap<>();
        for (SumoNetReader.Connection c : connections) {
            Integer index = indexOfInternal.get(c.element().text("via", ""));
            if (index != null) {
                indexOf.put(c, index);
                laneLinksOfIndex.computeIfAbsent(index, k -> new ArrayList<>()).add(c.laneLink());
            }
        }
        Map<Integer, String> responses = new HashMap<>();
        for (XmlElement request : junction.children("request")) {
            responses.put(request.integer("index"), request.text("response"));
        }
        for (Map.Entry<SumoNetReader.Connection, Integer> e : indexOf.entrySet()) {
            String response = responses.get(e.getValue());
            if (response == null) {
                continue;
            }
            List<Integer> foes = new ArrayList<>();
            int n = response.length();
            for (int j = 0; j < n; j++) {
                if (response.charAt(n - 1 - j) == '1') {
                    foes.addAll(laneLinksOfIndex.getOrDefault(j, List.of()));
                }
            }
            int[] foeLinks = foes.stream().mapToInt(Integer::intValue).toArray();
            SumoNetReader.attempt(e.getKey().element(), () -> {
                builder.laneLinkYieldsTo(e.getKey().laneLink(), foeLinks);
                return 0;
            });
        }
    }
}
