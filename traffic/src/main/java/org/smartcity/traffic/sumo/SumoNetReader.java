package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.NetworkSource;
import org.smartcity.traffic.network.PhaseActuation;
import org.smartcity.traffic.network.Point;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.RoadNetworkBuilder;
import org.smartcity.traffic.network.TurnType;

/**
 * Reads a SUMO network ({@code .net.xml}, as written by netconvert) into a {@link RoadNetwork}.
 *
 * <ul>
 *   <li>Junctions become intersections (width 0: SUMO lane shapes already stop at the junction);
 *       {@code dead_end} junctions are virtual; {@code internal} junctions are skipped.
 *   <li>Normal edges become roads; only lanes that passenger cars may use are kept (sidewalks, bike
 *       and rail lanes are dropped), ordered leftmost first (SUMO numbers them from the right). An
 *       edge without such a lane is dropped. The road's geometry is its middle kept lane's shape.
 *   <li>Connections between kept lanes become lane links of the road link (from edge, to edge); the
 *       lane link follows the shapes of the internal lanes it goes via; {@code dir} gives the turn.
 *   <li>A traffic light's {@code tlLogic} becomes the plan of every junction it controls: a road link
 *       is green in a phase when any of its connections shows {@code G}, {@code g} or {@code s}
 *       (SUMO's "stop, then go when the way is free", e.g. right turns on red: a road link all of whose
 *       connections show {@code s} halts at the line first, then yields by the junction's request matrix
 *       as at {@code g}); connections
 *       without a light at such a junction are green in every phase. Phase 0 is an added all-red
 *       clearance phase of 0 s (the clearance phase of the signal protocols; the {@code plan}
 *       controller skips it), so SUMO's phase i is phase i + 1. The plan starts where SUMO has it at
 *       the simulation's begin ({@code offset}). Phases of {@code type="actuated"} programs keep their
 *       {@code minDur}/{@code maxDur} and the lane links whose green their loops measure
 *       ({@link ActuatedProgram}); the {@code plan} controller stretches them as SUMO does. Other
 *       program types run as fixed, with each phase's {@code duration}, and are named in a warning.
 *   <li>Each lane link's speed limit is the lowest of the internal lanes it goes via.
 *   <li>Right of way comes from each junction's {@code request} matrix ({@link RightOfWay}).
 * </ul>
 *
 * Every problem is an {@link InvalidInputException} naming file, line, element and reason; nothing
 * half-loaded is returned; what is read but not modelled is named in {@link #warnings()}. Not
 * thread-safe; use one reader per file.
 */
public final class SumoNetReader {
    private static final Set<String> GREEN = Set.of("G", "g", "s");

    private final UnsupportedFeatures unsupported = new UnsupportedFeatures();
    /** Car lanes of the last read by SUMO lane id and by {@link #laneKey}: {road, lane index, road's end}. */
    private Map<String, int[]> laneOf = Map.of();

    /**
     * What the last {@link #read} met but does not model (actuated programs run as fixed, zipper
     * merges), one line each with file and first line; empty when everything was understood.
     */
    public List<String> warnings() {
        return unsupported.warnings();
    }

    /**
     * The car lane of the last read network with SUMO lane id {@code sumoLaneId} as {road, lane index
     * (leftmost 0)}, or null when the network has no such lane for cars (e.g. a bus lane).
     */
    int[] carLane(String sumoLaneId) {
        int[] where = laneOf.get(sumoLaneId);
        return where == null ? null : new int[] {where[0], where[1]};
    }

    /** Reads a network whose simulation begins at time 0 (see {@link #read(Path, double)}). */
    public RoadNetwork read(Path file) throws InvalidInputException {
        return read(file, 0);
    }

    /**
     * Reads a network for a simulation that begins at SUMO time {@code begin_s} (SUMO's {@code
     * --begin}): the traffic lights' plans are where SUMO has them at that time ({@code offset}).
     */
    public RoadNetwork read(Path file, double begin_s) throws InvalidInputException {
        return read(file, begin_s, List.of(), List.of());
    }

    /**
     * Reads a network as {@link #read(Path, double)} with traffic light programs from additional files:
     * each {@code tlLogic} of {@code programs} (in load order) replaces the program of its light, so the
     * last one loaded runs, as in SUMO. A program for a light the network does not have is an error.
     * Where the demand's routes ({@code demandRoutes}: edge ids in driving order) need lanes passenger
     * cars may not use (a bus-only street, or a turn that only a bus lane makes), those edges keep every
     * lane road vehicles may use; this is named in a warning, since smartcity's lanes have no vehicle
     * classes.
     */
    RoadNetwork read(Path file, double begin_s, List<XmlElement> programs, List<String[]> demandRoutes)
            throws InvalidInputException {
        XmlElement root = XmlTreeParser.parse(file);
        if (!root.name().equals("net")) {
            throw root.error("a SUMO network file has a <net> root element, not <" + root.name() + ">");
        }
        RoadNetworkBuilder builder = new RoadNetworkBuilder();
        builder.source(NetworkSource.SUMO);
        Map<String, XmlElement> internalLanes = new HashMap<>();
        List<XmlElement> normalEdges = new ArrayList<>();
        for (XmlElement edge : root.children("edge")) {
            String function = edge.text("function", "normal");
            if (function.equals("internal")) {
                for (XmlElement lane : edge.children("lane")) {
                    internalLanes.put(lane.text("id"), lane);
                }
            } else if (function.equals("normal")) {
                normalEdges.add(edge);
            }
        }
        for (XmlElement junction : root.children("junction")) {
            String type = junction.text("type", "priority");
            if (type.equals("internal")) {
                continue;
            }
            if (type.equals("zipper") || type.equals("rail_signal") || type.equals("rail_crossing")) {
                unsupported.note(junction, "junction type '" + type + "' is run with the default priorities");
            }
            String id = junction.text("id");
            Point point = new Point(junction.number("x"), junction.number("y"));
            attempt(junction, () -> builder.addIntersection(id, point, 0, type.equals("dead_end")));
        }
        Map<String, int[]> laneOf = new HashMap<>(); // see Lanes.kept
        this.laneOf = laneOf;
        Set<String> open = demandRoutes.isEmpty() ? Set.of() : openEdges(root, normalEdges, demandRoutes);
        for (XmlElement edge : normalEdges) {
            readEdge(edge, builder, laneOf, open.contains(edge.text("id")), unsupported);
        }
        Map<String, XmlElement> tlLogics = new LinkedHashMap<>();
        for (XmlElement logic : root.children("tlLogic")) {
            String type = logic.text("type", "static");
            if (!type.equals("static") && !type.equals("actuated")) {
                unsupported.note(
                        logic, "traffic light program type '" + type + "' runs as fixed, with each phase's duration");
            }
            tlLogics.putIfAbsent(logic.text("id"), logic);
        }
        Set<String> lights = new TreeSet<>(tlLogics.keySet());
        for (XmlElement c : root.children("connection")) {
            String tl = c.text("tl", null);
            if (tl != null) {
                lights.add(tl);
            }
        }
        for (XmlElement logic : programs) {
            String type = logic.text("type", "static");
            if (!type.equals("static") && !type.equals("actuated")) {
                unsupported.note(
                        logic, "traffic light program type '" + type + "' runs as fixed, with each phase's duration");
            }
            if (!lights.contains(logic.text("id"))) {
                throw logic.error(
                        "traffic light '" + logic.text("id") + "' is not in the network " + file.getFileName());
            }
            XmlElement own = tlLogics.get(logic.text("id"));
            if (own != null && !own.children("phase").isEmpty()) {
                int signals = own.children("phase").get(0).text("state").length();
                for (XmlElement phase : logic.children("phase")) {
                    if (phase.text("state").length() != signals) {
                        throw phase.error("the state has " + phase.text("state").length() + " signals, but traffic"
                                + " light '" + logic.text("id") + "' controls " + signals + " links in the network");
                    }
                }
            }
            tlLogics.put(logic.text("id"), logic);
        }
        Map<String, String> nextInternal = new HashMap<>(); // internal lane -> the internal lane after it
        for (XmlElement c : root.children("connection")) {
            String from = c.text("from", "");
            String via = c.text("via", null);
            if (from.startsWith(":") && via != null) {
                nextInternal.put(from + "_" + c.text("fromLane", "0"), via);
            }
        }
        Map<String, Integer> roadLinks = new HashMap<>();
        Map<Integer, List<Connection>> byIntersection = new LinkedHashMap<>();
        Lanes lanes = new Lanes(laneOf, internalLanes, nextInternal);
        for (XmlElement c : root.children("connection")) {
            readConnection(c, builder, lanes, roadLinks, byIntersection);
        }
        for (Map.Entry<Integer, List<Connection>> e : byIntersection.entrySet()) {
            addPhases(e.getKey(), e.getValue(), tlLogics, builder, begin_s);
        }
        RightOfWay.declare(root, byIntersection, builder);
        return builder.build();
    }

    /**
     * A car connection: its element, road link, lane link, traffic light and index in the light's
     * state, the internal lanes it goes via (in order) and the length of the first one's shape, m.
     */
    record Connection(
            XmlElement element,
            int roadLink,
            int laneLink,
            String tl,
            int linkIndex,
            List<String> vias,
            double firstViaLength_m) {}

    /**
     * Kept lanes by "edge id + NUL + SUMO lane index" ({road, lane index on road, road's end
     * intersection}), internal lanes by id, and the internal lane following each internal lane.
     */
    private record Lanes(Map<String, int[]> kept, Map<String, XmlElement> internal, Map<String, String> nextInternal) {}

    private record CarLane(XmlElement element, int sumoIndex) {}

    private static String laneKey(String edge, int sumoIndex) {
        return edge + "\u0000" + sumoIndex;
    }

    private static void readEdge(
            XmlElement edge,
            RoadNetworkBuilder builder,
            Map<String, int[]> laneOf,
            boolean neededByDemand,
            UnsupportedFeatures unsupported)
            throws InvalidInputException {
        String id = edge.text("id");
        String fromId = edge.text("from");
        String toId = edge.text("to");
        int from = attempt(edge, () -> builder.intersection(fromId));
        int to = attempt(edge, () -> builder.intersection(toId));
        List<CarLane> lanes = new ArrayList<>();
        for (XmlElement lane : edge.children("lane")) {
            int index = lane.integer("index");
            if (carsMayUse(lane)) {
                lanes.add(new CarLane(lane, index));
            }
        }
        if (neededByDemand) {
            int cars = lanes.size();
            lanes.clear();
            for (XmlElement lane : edge.children("lane")) {
                if (roadVehiclesMayUse(lane)) {
                    lanes.add(new CarLane(lane, lane.integer("index")));
                }
            }
            if (lanes.size() > cars) {
                unsupported.note(
                        edge,
                        "lanes closed to passenger cars (e.g. bus lanes) are on routes of the demand: their edges"
                                + " keep them, open to every vehicle (smartcity's lanes have no vehicle classes)");
            }
        }
        if (lanes.isEmpty()) {
            return;
        }
        lanes.sort((a, b) -> Integer.compare(b.sumoIndex(), a.sumoIndex())); // leftmost (highest index) first
        int n = lanes.size();
        double[] widths = new double[n];
        double[] speeds = new double[n];
        for (int k = 0; k < n; k++) {
            XmlElement lane = lanes.get(k).element();
            widths[k] = lane.number("width", 3.2);
            speeds[k] = lane.number("speed");
            if (!(speeds[k] > 0)) {
                throw lane.error("lane speed must be positive, got " + speeds[k]);
            }
            if (!(widths[k] > 0)) {
                throw lane.error("lane width must be positive, got " + widths[k]);
            }
        }
        List<Point> points = shape(lanes.get(n / 2).element());
        int road = attempt(edge, () -> builder.addRoad(id, from, to, points, widths, speeds));
        for (int k = 0; k < n; k++) {
            int[] where = {road, k, to};
            laneOf.put(laneKey(id, lanes.get(k).sumoIndex()), where);
            laneOf.put(lanes.get(k).element().text("id"), where);
        }
    }

    /**
     * Edges whose lanes for every road vehicle are kept: edges on a demand route without a car lane, and
     * both edges of each consecutive pair on a route that only lanes closed to cars connect.
     */
    private static Set<String> openEdges(XmlElement root, List<XmlElement> normalEdges, List<String[]> routes)
            throws InvalidInputException {
        Map<String, XmlElement> lanes = new HashMap<>();
        Set<String> withCarLane = new HashSet<>();
        for (XmlElement edge : normalEdges) {
            for (XmlElement lane : edge.children("lane")) {
                lanes.put(lane.text("id"), lane);
                if (carsMayUse(lane)) {
                    withCarLane.add(edge.text("id"));
                }
            }
        }
        Set<String> carPairs = new HashSet<>();
        Set<String> roadPairs = new HashSet<>();
        for (XmlElement c : root.children("connection")) {
            String from = c.text("from", "");
            if (from.startsWith(":") || !c.has("fromLane") || !c.has("toLane")) {
                continue;
            }
            String to = c.text("to", "");
            XmlElement a = lanes.get(from + "_" + c.text("fromLane"));
            XmlElement b = lanes.get(to + "_" + c.text("toLane"));
            if (a == null || b == null) {
                continue;
            }
            if (carsMayUse(a) && carsMayUse(b)) {
                carPairs.add(from + "\u0000" + to);
            }
            if (roadVehiclesMayUse(a) && roadVehiclesMayUse(b)) {
                roadPairs.add(from + "\u0000" + to);
            }
        }
        Set<String> open = new HashSet<>();
        for (String[] route : routes) {
            for (int k = 0; k < route.length; k++) {
                if (!withCarLane.contains(route[k])) {
                    open.add(route[k]);
                }
                if (k > 0) {
                    String pair = route[k - 1] + "\u0000" + route[k];
                    if (!carPairs.contains(pair) && roadPairs.contains(pair)) {
                        open.add(route[k - 1]);
                        open.add(route[k]);
                    }
                }
            }
        }
        return open;
    }

    /** Vehicle classes that do not drive on roads (SUMO's names). */
    private static final Set<String> NOT_ROAD = Set.of(
            "pedestrian",
            "bicycle",
            "tram",
            "rail_urban",
            "rail",
            "rail_electric",
            "rail_fast",
            "ship",
            "cable_car",
            "subway",
            "aircraft",
            "wheelchair",
            "scooter",
            "drone",
            "container");

    /** SUMO's allow/disallow lists: some road vehicle (not a pedestrian, bicycle, train or ship) may use the lane. */
    static boolean roadVehiclesMayUse(XmlElement lane) {
        String allow = lane.text("allow", null);
        String disallow = lane.text("disallow", null);
        if (allow != null) {
            for (String c : WhitespaceList.split(allow.trim())) {
                if (!NOT_ROAD.contains(c)) {
                    return true;
                }
            }
            return false;
        }
        return disallow == null
                || !Set.of(WhitespaceList.split(disallow.trim())).contains("all");
    }

    /** SUMO's allow/disallow lists: a lane is kept when passenger cars may drive on it. */
    static boolean carsMayUse(XmlElement lane) {
        String allow = lane.text("allow", null);
        String disallow = lane.text("disallow", null);
        if (allow != null) {
            Set<String> classes = Set.of(WhitespaceList.split(allow.trim()));
            return classes.contains("passenger") || classes.contains("all");
        }
        if (disallow != null) {
            Set<String> classes = Set.of(WhitespaceList.split(disallow.trim()));
            return !classes.contains("passenger") && !classes.contains("all");
        }
        return true;
    }

    private static void readConnection(
            XmlElement c,
            RoadNetworkBuilder builder,
            Lanes lanes,
            Map<String, Integer> roadLinks,
            Map<Integer, List<Connection>> byIntersection)
            throws InvalidInputException {
        String fromEdge = c.text("from");
        if (fromEdge.startsWith(":")) {
            return; // internal-to-internal or internal-to-normal: geometry only, followed via 'via'
        }
        String toEdge = c.text("to");
        int[] from = lanes.kept().get(laneKey(fromEdge, c.integer("fromLane")));
        int[] to = lanes.kept().get(laneKey(toEdge, c.integer("toLane")));
        if (from == null || to == null) {
            return; // a lane cars may not use (or a dropped edge): not part of the car network
        }
        int intersection = from[2];
        String key = from[0] + ">" + to[0];
        Integer roadLink = roadLinks.get(key);
        if (roadLink == null) {
            TurnType turn = turn(c);
            int link = attempt(c, () -> builder.addRoadLink(intersection, from[0], to[0], turn));
            roadLinks.put(key, link);
            roadLink = link;
        }
        List<Point> points = new ArrayList<>();
        String via = c.text("via", null);
        Set<String> seen = new TreeSet<>();
        List<String> vias = new ArrayList<>();
        double firstViaLength = 0;
        double speed = Double.POSITIVE_INFINITY;
        while (via != null) {
            if (!seen.add(via)) {
                throw c.error("the internal lanes it goes via form a loop at '" + via + "'");
            }
            XmlElement internal = lanes.internal().get(via);
            if (internal == null) {
                throw c.error("it goes via internal lane '" + via + "', which the file does not define");
            }
            speed = Math.min(speed, internal.number("speed", Double.POSITIVE_INFINITY));
            List<Point> shape = shape(internal);
            if (vias.isEmpty()) {
                firstViaLength = Point.polylineLength_m(shape);
            }
            vias.add(via);
            points.addAll(points.isEmpty() ? shape : shape.subList(1, shape.size()));
            String next = lanes.nextInternal().get(via);
            via = next != null && lanes.internal().containsKey(next) ? next : null;
        }
        int link = roadLink;
        // a degenerate internal shape (all points equal) gets the builder's short straight default
        List<Point> geometry = Point.polylineLength_m(points) > 0.01 ? points : List.of();
        int laneLink = attempt(c, () -> builder.addLaneLink(link, from[1], to[1], geometry));
        if (speed < Double.POSITIVE_INFINITY) {
            double limit = speed;
            attempt(c, () -> {
                builder.laneLinkMaxSpeed(laneLink, limit);
                return 0;
            });
        }
        String tl = c.text("tl", null);
        int linkIndex = tl == null ? -1 : c.integer("linkIndex");
        byIntersection
                .computeIfAbsent(intersection, k -> new ArrayList<>())
                .add(new Connection(c, link, laneLink, tl, linkIndex, List.copyOf(vias), firstViaLength));
    }

    private static TurnType turn(XmlElement c) throws InvalidInputException {
        String dir = c.text("dir", "s");
        return switch (dir) {
            case "s" -> TurnType.STRAIGHT;
            case "l", "L", "t" -> TurnType.LEFT;
            case "r", "R" -> TurnType.RIGHT;
            default -> throw c.error("unknown direction dir=\"" + dir + "\"; expected s, l, L, t, r or R");
        };
    }

    private static void addPhases(
            int intersection,
            List<Connection> connections,
            Map<String, XmlElement> tlLogics,
            RoadNetworkBuilder builder,
            double begin_s)
            throws InvalidInputException {
        String tl = null;
        for (Connection c : connections) {
            if (c.tl() == null) {
                continue;
            }
            if (tl != null && !tl.equals(c.tl())) {
                throw c.element()
                        .error("two traffic lights ('" + tl + "' and '" + c.tl()
                                + "') control one junction; this is not supported");
            }
            tl = c.tl();
        }
        if (tl == null) {
            return;
        }
        XmlElement logic = tlLogics.get(tl);
        if (logic == null) {
            Connection first =
                    connections.stream().filter(c -> c.tl() != null).findFirst().orElseThrow();
            throw first.element().error("traffic light '" + tl + "' has no <tlLogic> in the file");
        }
        List<XmlElement> phases = logic.children("phase");
        if (phases.isEmpty()) {
            throw logic.error("a traffic light logic needs at least one <phase>");
        }
        // phase 0 is the clearance phase by the project's convention (SignalProtocol): an all-red phase
        // of 0 s, which the plan controller skips, so SUMO's phase i is phase i + 1 here
        builder.addPhase(intersection, 0, new int[0]);
        double offset = logic.number("offset", 0);
        attempt(logic, () -> {
            builder.planStart(intersection, offset - begin_s);
            return 0;
        });
        List<PhaseActuation> actuations = "actuated".equals(logic.text("type", "static"))
                ? ActuatedProgram.read(logic, connections, builder)
                : java.util.Collections.nCopies(phases.size(), null);
        for (int p = 0; p < phases.size(); p++) {
            XmlElement phase = phases.get(p);
            PhaseActuation actuation = actuations.get(p);
            double duration = phase.number("duration");
            if (!(duration >= 0)) {
                throw phase.error("phase duration must be >= 0 s, got " + duration);
            }
            String state = phase.text("state");
            Set<Integer> green = new TreeSet<>();
            Set<Integer> goesWithoutHalt = new TreeSet<>();
            for (Connection c : connections) {
                if (c.tl() == null) {
                    green.add(c.roadLink());
                    goesWithoutHalt.add(c.roadLink());
                    continue;
                }
                if (c.linkIndex() < 0 || c.linkIndex() >= state.length()) {
                    throw c.element()
                            .error("linkIndex " + c.linkIndex() + " is outside the state '" + state
                                    + "' of traffic light '" + tl + "' (" + phase.where() + ")");
                }
                char shown = state.charAt(c.linkIndex());
                if (GREEN.contains(String.valueOf(shown))) {
                    green.add(c.roadLink());
                    if (shown != 's') {
                        goesWithoutHalt.add(c.roadLink());
                    }
                }
            }
            int[] links = green.stream().mapToInt(Integer::intValue).toArray();
            int[] halt = green.stream()
                    .filter(l -> !goesWithoutHalt.contains(l))
                    .mapToInt(Integer::intValue)
                    .toArray();
            attempt(phase, () -> {
                builder.addPhase(intersection, duration, links, halt, actuation);
                return 0;
            });
        }
    }

    /** Parses SUMO's {@code shape="x,y x,y …"}. */
    static List<Point> shape(XmlElement element) throws InvalidInputException {
        String shape = element.text("shape");
        List<Point> points = new ArrayList<>();
        for (String pair : WhitespaceList.split(shape.trim())) {
            String[] xy = pair.split(",");
            if (xy.length < 2) {
                throw element.error("shape point '" + pair + "' is not 'x,y'");
            }
            try {
                points.add(new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            } catch (IllegalArgumentException e) {
                throw element.error("shape point '" + pair + "' is not a pair of finite numbers");
            }
        }
        if (points.size() < 2) {
            throw element.error("a shape needs at least 2 points, got " + points.size());
        }
        return points;
    }

    /** Runs a builder step and reports its validation failure at {@code element}. */
    static <T> T attempt(XmlElement element, BuilderStep<T> step) throws InvalidInputException {
        try {
            return step.run();
        } catch (IllegalArgumentException e) {
            throw element.error(e.getMessage());
        }
    }

    @FunctionalInterface
    interface BuilderStep<T> {
        T run();
    }
}
