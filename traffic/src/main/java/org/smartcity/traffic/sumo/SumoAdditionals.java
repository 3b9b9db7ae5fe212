package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smartcity.traffic.cityflow.InvalidInputException;

/**
 * What SUMO's additional files ({@code -a}, {@code <additional-files>}) hold that smartcity uses: traffic
 * light programs ({@code tlLogic}, in load order: the last one per light runs, as in SUMO) and bus stops
 * ({@code busStop}, also {@code trainStop}/{@code containerStop}). Demand elements ({@code vType}, {@code
 * vTypeDistribution}, {@code route}, {@code vehicle}, {@code trip}, {@code flow}) are left to {@link
 * SumoRouteReader}; everything else (detectors, WAUTs, parking areas, polygons, …) is named once in a
 * warning. Not thread-safe; one per load.
 */
final class SumoAdditionals {
    /** Elements of additional files that {@link SumoRouteReader} reads. */
    static final Set<String> DEMAND = Set.of(
            "vType",
            "vTypeDistribution",
            "route",
            "routeDistribution",
            "vehicle",
            "trip",
            "flow",
            "person",
            "personFlow",
            "container",
            "containerFlow",
            "param",
            "include");

    private static final Set<String> DETECTORS = Set.of(
            "e1Detector",
            "inductionLoop",
            "instantInductionLoop",
            "e2Detector",
            "laneAreaDetector",
            "multiLaneAreaDetector",
            "e3Detector",
            "entryExitDetector",
            "edgeData",
            "laneData");

    /** A stop place: its lane (SUMO lane id), the stretch it covers, m from the lane's start. */
    record StopPlace(XmlElement element, String lane, double startPos_m, double endPos_m) {}

    private final List<XmlElement> roots = new ArrayList<>();
    private final List<XmlElement> programs = new ArrayList<>();
    private final Map<String, StopPlace> stopPlaces = new LinkedHashMap<>();
    private final UnsupportedFeatures unsupported = new UnsupportedFeatures();

    /** Parses the additional files in order. */
    void read(List<Path> files) throws InvalidInputException {
        for (Path file : files) {
            XmlElement root = XmlTreeParser.parse(file);
            roots.add(root);
            for (XmlElement e : root.children()) {
                String name = e.name();
                if (DEMAND.contains(name)) {
                    continue;
                }
                switch (name) {
                    case "tlLogic" -> programs.add(e);
                    case "busStop", "trainStop", "containerStop" -> stopPlace(e);
                    case "WAUT", "wautSwitch", "wautJunction" ->
                        unsupported.note(
                                e,
                                "<" + name + "> (switching between programs over the day) is not modelled; the last"
                                        + " <tlLogic> loaded for each light runs all the time");
                    default -> {
                        if (DETECTORS.contains(name)) {
                            unsupported.note(
                                    e,
                                    "<" + name + "> detector definitions are not used (smartcity's detectors are"
                                            + " configured in its own layout); ignored");
                        } else {
                            unsupported.note(e, "<" + name + "> is not modelled; ignored");
                        }
                    }
                }
            }
        }
    }

    private void stopPlace(XmlElement e) throws InvalidInputException {
        String id = e.text("id");
        String lane = e.text("lane");
        double start = e.number("startPos", 0);
        double end = e.number("endPos", Double.NaN);
        if (stopPlaces.put(id, new StopPlace(e, lane, start, end)) != null) {
            throw e.error("stop '" + id + "' is defined twice");
        }
    }

    /** The parsed additional files, in order (their demand elements are read with the route files). */
    List<XmlElement> roots() {
        return List.copyOf(roots);
    }

    /** Every {@code tlLogic} of the files, in load order. */
    List<XmlElement> programs() {
        return List.copyOf(programs);
    }

    /** Bus, train and container stops by id. */
    Map<String, StopPlace> stopPlaces() {
        return Map.copyOf(stopPlaces);
    }

    List<String> warnings() {
        return unsupported.warnings();
    }
}
