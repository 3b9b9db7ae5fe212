package org.smartcity.traffic.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.LinkControl;
import org.smartcity.traffic.network.RoadNetworkBuilder;

/**
 * A SUMO junction's right of way, as netconvert wrote it: a connection's link index is its position
 * among the junction's connections ordered by incoming lane ({@code incLanes}, every vehicle class)
 * and then as the file lists them; each {@code <request index="i" response="…">} row says, read from
 * the right, which links link i must yield to. The connection's {@code state} says how it is
 * approached: {@code m} minor (yield, approach slowly enough to stop), {@code s} and {@code w} stop,
 * others drive through. Where the links and the request rows do not line up, the junction declares no
 * right of way and the simulator's defaults apply. Stateless.
 */
final class RightOfWay {

    private RightOfWay() {}

    static void declare(
            XmlElement root, Map<Integer, List<SumoNetReader.Connection>> byIntersection, RoadNetworkBuilder builder)
            throws InvalidInputException {
        Map<String, String> edgeEnd = new HashMap<>();
        for (XmlElement edge : root.children("edge")) {
            if (edge.has("to")) {
                edgeEnd.put(edge.text("id"), edge.text("to"));
            }
        }
        Map<String, List<XmlElement>> connectionsInto = new HashMap<>();
        for (XmlElement c : root.children("connection")) {
            String junctionId = edgeEnd.get(c.text("from", ""));
            if (junctionId != null) {
                connectionsInto
                        .computeIfAbsent(junctionId, k -> new ArrayList<>())
                        .add(c);
            }
        }
        Map<Integer, XmlElement> junctions = new HashMap<>();
        Map<String, XmlElement> internalJunctionAfter = new HashMap<>(); // first internal lane -> its junction
        for (XmlElement junction : root.children("junction")) {
            if (!junction.text("type", "priority").equals("internal")) {
                junctions.put(builder.intersection(junction.text("id")), junction);
            } else {
                String incLanes = junction.text("incLanes", "").trim();
                if (!incLanes.isEmpty()) {
                    internalJunctionAfter.put(incLanes.split("\\s+")[0], junction);
                }
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
                declareYields(
                        junction, connectionsInto.getOrDefault(junction.text("id"), List.of()), connections, builder);
            }
            declareInternalWaits(connections, internalJunctionAfter, builder);
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
            XmlElement junction,
            List<XmlElement> allConnections,
            List<SumoNetReader.Connection> connections,
            RoadNetworkBuilder builder)
            throws InvalidInputException {
        Map<XmlElement, Integer> indexOf = linkIndices(junction, allConnections);
        Map<Integer, String> responses = new HashMap<>();
        java.util.Set<Integer> waitInside = new java.util.HashSet<>();
        for (XmlElement request : junction.children("request")) {
            responses.put(request.integer("index"), request.text("response"));
            if (request.text("cont", "0").equals("1")) {
                waitInside.add(request.integer("index"));
            }
        }
        if (indexOf.isEmpty() || indexOf.size() != responses.size()) {
            return; // the links and the matrix do not line up: declare nothing rather than guess
        }
        Map<Integer, List<Integer>> laneLinksOfIndex = new HashMap<>();
        for (SumoNetReader.Connection c : connections) {
            Integer index = indexOf.get(c.element());
            if (index != null) {
                laneLinksOfIndex.computeIfAbsent(index, k -> new ArrayList<>()).add(c.laneLink());
            }
        }
        for (SumoNetReader.Connection c : connections) {
            Integer index = indexOf.get(c.element());
            String response = index == null ? null : responses.get(index);
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
            SumoNetReader.attempt(c.element(), () -> {
                builder.laneLinkYieldsTo(c.laneLink(), foeLinks);
                if (waitInside.contains(index)) {
                    builder.laneLinkWaitsInside(c.laneLink());
                }
                return 0;
            });
        }
    }

    /**
     * SUMO's internal junctions: a connection whose first internal lane ends at one waits there (its
     * vehicles drive in and stop at the end of that lane when they must yield) for the connections
     * whose internal lanes the internal junction lists in {@code intLanes}, e.g. a left turn waiting
     * for the oncoming straight and right-turning traffic.
     */
    private static void declareInternalWaits(
            List<SumoNetReader.Connection> connections,
            Map<String, XmlElement> internalJunctionAfter,
            RoadNetworkBuilder builder)
            throws InvalidInputException {
        Map<String, Integer> laneLinkOfVia = new HashMap<>();
        Map<String, SumoNetReader.Connection> connectionOfVia = new HashMap<>();
        for (SumoNetReader.Connection c : connections) {
            for (String via : c.vias()) {
                laneLinkOfVia.put(via, c.laneLink());
                connectionOfVia.put(via, c);
            }
        }
        for (SumoNetReader.Connection c : connections) {
            if (c.vias().size() < 2) {
                continue;
            }
            XmlElement internal = internalJunctionAfter.get(c.vias().get(0));
            if (internal == null) {
                continue;
            }
            java.util.Set<String> incoming = new java.util.HashSet<>(
                    List.of(internal.text("incLanes", "").trim().split("\\s+")));
            Map<Integer, Boolean> foes = new java.util.TreeMap<>();
            for (String lane : internal.text("intLanes", "").trim().split("\\s+")) {
                Integer foe = laneLinkOfVia.get(lane);
                SumoNetReader.Connection fc = connectionOfVia.get(lane);
                if (foe != null && foe != c.laneLink()) {
                    // vehicles still approaching count only on foes from the internal junction's own
                    // incoming lanes; on the others only vehicles already inside the junction
                    String fromLane =
                            fc.element().text("from", "") + "_" + fc.element().text("fromLane", "");
                    foes.merge(foe, incoming.contains(fromLane), Boolean::logicalOr);
                }
            }
            int[] foeLinks = foes.keySet().stream().mapToInt(Integer::intValue).toArray();
            boolean[] approaching = new boolean[foeLinks.length];
            for (int i = 0; i < foeLinks.length; i++) {
                approaching[i] = foes.get(foeLinks[i]);
            }
            SumoNetReader.attempt(c.element(), () -> {
                builder.laneLinkWaitsInsideFor(c.laneLink(), c.firstViaLength_m(), foeLinks, approaching);
                return 0;
            });
        }
    }

    /**
     * SUMO's link indices of a junction: its connections from normal edges, ordered by the position of
     * their incoming lane in {@code incLanes} (lanes of every vehicle class count), then as the file
     * lists them for that lane.
     */
    private static Map<XmlElement, Integer> linkIndices(XmlElement junction, List<XmlElement> allConnections)
            throws InvalidInputException {
        String incLanes = junction.text("incLanes", "").trim();
        Map<String, Integer> lanePosition = new HashMap<>();
        if (!incLanes.isEmpty()) {
            String[] lanes = WhitespaceList.split(incLanes);
            for (int i = 0; i < lanes.length; i++) {
                lanePosition.put(lanes[i], i);
            }
        }
        // by identity: an element's own hash would walk all its attributes and children
        Map<XmlElement, Integer> laneOf = new IdentityHashMap<>();
        List<XmlElement> ordered = new ArrayList<>();
        for (XmlElement c : allConnections) {
            String from = c.text("from", "");
            Integer position = lanePosition.get(from + "_" + c.text("fromLane", ""));
            if (!from.startsWith(":") && position != null) {
                laneOf.put(c, position);
                ordered.add(c);
            }
        }
        ordered.sort(java.util.Comparator.comparingInt(laneOf::get)); // stable: file order within a lane
        Map<XmlElement, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i), i);
        }
        return index;
    }
}
