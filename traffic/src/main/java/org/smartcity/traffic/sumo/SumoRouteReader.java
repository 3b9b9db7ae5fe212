package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleType;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.routing.RoadRouter;

/**
 * Reads a SUMO demand file ({@code .rou.xml}) against a network read by {@link SumoNetReader}:
 * {@code vType}, {@code route}, {@code vehicle}, {@code trip} and {@code flow}. Times are shifted so
 * that {@code begin_s} (SUMO's {@code --begin}) is the simulation's time 0; vehicles departing earlier
 * are dropped, as SUMO drops them.
 *
 * <ul>
 *   <li>Vehicle types: {@code accel} (default 2.6 m/s²), {@code decel} (4.5), {@code length} (5 m),
 *       {@code minGap} (2.5 m), {@code width} (1.8 m), {@code tau} (1 s, the headway), {@code
 *       maxSpeed} (capped at the network's highest speed limit), {@code sigma} (0.5), {@code
 *       speedFactor} and {@code speedDev} (0.1); defaults per {@code vClass} as SUMO's.
 *   <li>Trips (from/to, optionally via) are routed on free-flow travel times.
 *   <li>Flows: {@code period}, {@code vehsPerHour}, {@code number} or {@code probability} (taken as
 *       its expected rate, one vehicle every 1/p s), from {@code begin} (default 0) to {@code end}
 *       (exclusive, default 24 h).
 * </ul>
 *
 * Route distributions, persons, stops and triggered departures are refused with an error; every
 * problem names file, line, element and reason; attributes it does not model are named in {@link
 * #warnings()}. Not thread-safe; use one reader per file.
 */
public final class SumoRouteReader {
    private static final double DEFAULT_FLOW_END_S = 86_400;
    private static final Set<String> IGNORED = Set.of("param", "vType", "route");

    private static final Set<String> VTYPE_ATTRIBUTES = Set.of(
            "accel", "decel", "length", "minGap", "width", "tau", "maxSpeed", "sigma", "speedFactor", "speedDev");
    private static final Set<String> VEHICLE_ATTRIBUTES = Set.of(
            "depart", "route", "from", "to", "via", "begin", "end", "period", "vehsPerHour", "number", "probability");

    private final UnsupportedFeatures unsupported = new UnsupportedFeatures();

    /**
     * What the last {@link #read} met but does not model (e.g. {@code departLane}, a lane-change model's
     * parameters), one line each with file and first line; empty when everything was understood.
     */
    public List<String> warnings() {
        return unsupported.warnings();
    }

    public Demand read(Path file, RoadNetwork network, double begin_s) throws InvalidInputException {
        XmlElement root = XmlTreeParser.parse(file);
        if (!root.name().equals("routes")) {
            throw root.error("a SUMO route file has a <routes> root element, not <" + root.name() + ">");
        }
        double speedCap = 0;
        for (int lane = 0; lane < network.laneCount(); lane++) {
            speedCap = Math.max(speedCap, network.laneMaxSpeed_mps(lane));
        }
        Map<String, VehicleType> types = new HashMap<>();
        types.put("DEFAULT_VEHTYPE", vehicleType(null, speedCap));
        for (XmlElement t : root.children("vType")) {
            unsupported.attributes(t, VTYPE_ATTRIBUTES, "SUMO's default is used");
            if (types.put(t.text("id"), vehicleType(t, speedCap)) != null
                    && !t.text("id").equals("DEFAULT_VEHTYPE")) {
                throw t.error("vehicle type '" + t.text("id") + "' is defined twice");
            }
        }
        RoadRouter router = new RoadRouter(network);
        Map<Integer, RoadRouter.RoutesFrom> searches =
                new HashMap<>(); // free-flow routes from each origin, searched once
        Map<Long, int[]> legs = new HashMap<>(); // the route between two edges, by (from << 32 | to), looked up once
        double[] freeFlow = RoadRouter.freeFlowTimes_s(network);
        Map<String, int[]> routes = new HashMap<>();
        for (XmlElement r : root.children("route")) {
            if (routes.put(r.text("id"), route(r, network)) != null) {
                throw r.error("route '" + r.text("id") + "' is defined twice");
            }
        }
        List<Flow> flows = new ArrayList<>();
        for (XmlElement e : root.children()) {
            switch (e.name()) {
                case "vehicle", "trip" -> {
                    unsupported.attributes(
                            e, VEHICLE_ATTRIBUTES, "vehicles enter at rest at the start of a lane that leads on");
                    double depart = depart(e);
                    if (depart + 1e-9 < begin_s) {
                        continue;
                    }
                    VehicleType type = type(e, types);
                    int[] route = routeOf(e, network, routes, router, freeFlow, searches, legs);
                    int[] stops = tripStops(e, network);
                    double t = depart - begin_s;
                    flows.add(attempt(e, () -> new Flow(type, route, 1.0, t, t, stops)));
                }
                case "flow" -> {
                    unsupported.attributes(
                            e, VEHICLE_ATTRIBUTES, "vehicles enter at rest at the start of a lane that leads on");
                    VehicleType type = type(e, types);
                    int[] route = routeOf(e, network, routes, router, freeFlow, searches, legs);
                    Flow flow = flow(e, type, route, begin_s);
                    int[] stops = tripStops(e, network);
                    if (flow != null) {
                        flows.add(stops == null ? flow : flow.withTripStops(stops));
                    }
                }
                default -> {
                    if (!IGNORED.contains(e.name())) {
                        throw e.error("element <" + e.name() + "> is not supported (supported: vType, route,"
                                + " vehicle, trip, flow)");
                    }
                }
            }
        }
        return attempt(root, () -> new Demand(flows));
    }

    /** SUMO's defaults per vehicle class: length, minGap, accel, decel, maxSpeed, speedDev. */
    private static double[] classDefaults(String vClass) {
        return switch (vClass) {
            case "bus" -> new double[] {12, 2.5, 1.2, 4.0, 27.78, 0.1};
            case "coach" -> new double[] {14, 2.5, 2.0, 4.0, 27.78, 0.05};
            case "truck" -> new double[] {7.1, 2.5, 1.3, 4.0, 36.11, 0.05};
            case "trailer" -> new double[] {16.5, 2.5, 1.1, 4.0, 36.11, 0.05};
            case "delivery" -> new double[] {6.5, 2.5, 2.6, 4.5, 55.56, 0.1};
            case "motorcycle" -> new double[] {2.2, 2.5, 6.0, 10.0, 55.56, 0.1};
            default -> new double[] {5.0, 2.5, 2.6, 4.5, 55.56, 0.1};
        };
    }

    private static VehicleType vehicleType(XmlElement t, double speedCap) throws InvalidInputException {
        double[] d = classDefaults(t == null ? "passenger" : t.text("vClass", "passenger"));
        double accel = t == null ? d[2] : positive(t, "accel", d[2]);
        double decel = t == null ? d[3] : positive(t, "decel", d[3]);
        double length = t == null ? d[0] : positive(t, "length", d[0]);
        double width = t == null ? 1.8 : positive(t, "width", 1.8);
        double maxSpeed = t == null ? d[4] : positive(t, "maxSpeed", d[4]);
        double minGap = t == null ? d[1] : t.number("minGap", d[1]);
        double tau = t == null ? 1.0 : t.number("tau", 1.0);
        double sigma = t == null ? 0.5 : t.number("sigma", 0.5);
        double[] speedFactor = t == null ? new double[] {1, d[5]} : speedFactor(t, d[5]);
        if (t != null && minGap < 0) {
            throw t.error("minGap must be >= 0, got " + minGap);
        }
        if (t != null && tau < 0) {
            throw t.error("tau must be >= 0, got " + tau);
        }
        if (t != null && !(sigma >= 0 && sigma <= 1)) {
            throw t.error("sigma must be in [0, 1], got " + sigma);
        }
        double speed = Math.min(maxSpeed, speedCap);
        return new VehicleType(
                length, width, accel, decel, accel, decel, minGap, speed, tau, sigma, speedFactor[0], speedFactor[1]);
    }

    /**
     * SUMO's speed factor: {@code speedFactor} as a number (its mean) with {@code speedDev}, or as a
     * distribution {@code norm(mean,dev)} / {@code normc(mean,dev,min,max)} (bounds 0.2 and 2 are
     * used); returns {mean, dev}.
     */
    private static double[] speedFactor(XmlElement t, double defaultDev) throws InvalidInputException {
        String text = t.text("speedFactor", "1").trim();
        double mean;
        double dev = t.number("speedDev", defaultDev);
        if (text.startsWith("norm")) {
            int open = text.indexOf('(');
            int close = text.lastIndexOf(')');
            String[] args = open < 0 || close < open
                    ? new String[0]
                    : text.substring(open + 1, close).split(",");
            if (args.length < 2) {
                throw t.error("speedFactor '" + text + "' is not norm(mean,dev) or normc(mean,dev,min,max)");
            }
            try {
                mean = Double.parseDouble(args[0].trim());
                dev = Double.parseDouble(args[1].trim());
            } catch (NumberFormatException e) {
                throw t.error("speedFactor '" + text + "' has a parameter that is not a number");
            }
        } else {
            mean = t.number("speedFactor", 1);
        }
        if (!(mean >= 0.2 && mean <= 2)) {
            throw t.error("speedFactor must be in [0.2, 2], got " + mean);
        }
        if (!(dev >= 0 && dev <= 1)) {
            throw t.error("speedDev must be in [0, 1], got " + dev);
        }
        return new double[] {mean, dev};
    }

    private static double positive(XmlElement t, String attribute, double fallback) throws InvalidInputException {
        double v = t.number(attribute, fallback);
        if (!(v > 0)) {
            throw t.error(attribute + " must be positive, got " + v);
        }
        return v;
    }

    private static double depart(XmlElement e) throws InvalidInputException {
        String depart = e.text("depart");
        try {
            double d = Double.parseDouble(depart.trim());
            if (!(d >= 0) || !Double.isFinite(d)) {
                throw e.error("depart must be a time >= 0 s, got '" + depart + "'");
            }
            return d;
        } catch (NumberFormatException ex) {
            throw e.error("depart='" + depart + "' is not supported; give the departure time in seconds");
        }
    }

    private static VehicleType type(XmlElement e, Map<String, VehicleType> types) throws InvalidInputException {
        String id = e.text("type", "DEFAULT_VEHTYPE");
        VehicleType type = types.get(id);
        if (type == null) {
            throw e.error("unknown vehicle type '" + id + "'");
        }
        return type;
    }

    private static int[] routeOf(
            XmlElement e,
            RoadNetwork network,
            Map<String, int[]> routes,
            RoadRouter router,
            double[] freeFlow,
            Map<Integer, RoadRouter.RoutesFrom> searches,
            Map<Long, int[]> legs)
            throws InvalidInputException {
        for (XmlElement child : e.children()) {
            if (!child.name().equals("route") && !child.name().equals("param")) {
                throw child.error("<" + child.name() + "> inside <" + e.name() + "> is not supported");
            }
        }
        List<XmlElement> inline = e.children("route");
        if (!inline.isEmpty()) {
            return route(inline.get(0), network);
        }
        if (e.has("route")) {
            int[] route = routes.get(e.text("route"));
            if (route == null) {
                throw e.error("unknown route '" + e.text("route") + "'");
            }
            return route;
        }
        if (e.has("from") && e.has("to")) {
            List<Integer> stops = new ArrayList<>();
            stops.add(edge(e, network, e.text("from")));
            for (String via : WhitespaceList.split(e.text("via", "").trim())) {
                if (!via.isEmpty()) {
                    stops.add(edge(e, network, via));
                }
            }
            stops.add(edge(e, network, e.text("to")));
            int[][] parts = new int[stops.size() - 1][];
            int length = 1;
            for (int k = 1; k < stops.size(); k++) {
                int from = stops.get(k - 1);
                int to = stops.get(k);
                int[] roads = legs.computeIfAbsent(
                        (long) from << 32 | to,
                        pair -> searches.computeIfAbsent(from, origin -> router.fastestRoutesFrom(origin, freeFlow))
                                .to(to)
                                .orElse(null));
                if (roads == null) {
                    throw e.error("no route leads from edge '" + network.roadId(from) + "' to edge '"
                            + network.roadId(to) + "'");
                }
                parts[k - 1] = roads;
                length += roads.length - 1;
            }
            if (parts.length == 1) {
                return parts[0]; // shared by every trip between the same edges; nobody writes into a route
            }
            int[] route = new int[length];
            route[0] = stops.get(0);
            int at = 1;
            for (int[] roads : parts) {
                System.arraycopy(roads, 1, route, at, roads.length - 1);
                at += roads.length - 1;
            }
            return route;
        }
        throw e.error("needs a route: a 'route' attribute, a <route> child, or 'from' and 'to' edges");
    }

    /**
     * Origin, via and destination roads of an element given by {@code from}/{@code to} rather than a
     * route (SUMO routes such trips again when each vehicle departs); null otherwise.
     */
    private static int[] tripStops(XmlElement e, RoadNetwork network) throws InvalidInputException {
        if (!e.children("route").isEmpty() || e.has("route") || !e.has("from") || !e.has("to")) {
            return null;
        }
        List<Integer> stops = new ArrayList<>();
        stops.add(edge(e, network, e.text("from")));
        for (String via : WhitespaceList.split(e.text("via", "").trim())) {
            if (!via.isEmpty()) {
                stops.add(edge(e, network, via));
            }
        }
        stops.add(edge(e, network, e.text("to")));
        return stops.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int edge(XmlElement e, RoadNetwork network, String id) throws InvalidInputException {
        OptionalInt road = network.findRoad(id);
        if (road.isEmpty()) {
            throw e.error("unknown edge '" + id + "' (not in the network, or no lane of it is open to cars)");
        }
        return road.getAsInt();
    }

    /** A route's edges, checked: each must exist and each consecutive pair must be connected. */
    private static int[] route(XmlElement r, RoadNetwork network) throws InvalidInputException {
        String[] ids = WhitespaceList.split(r.text("edges").trim());
        int[] roads = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            roads[k] = edge(r, network, ids[k]);
            if (k > 0) {
                int link = network.roadLinkBetween(roads[k - 1], roads[k]);
                if (link < 0 || network.laneLinksOf(link).length == 0) {
                    throw r.error("edges '" + ids[k - 1] + "' and '" + ids[k] + "' are not connected");
                }
            }
        }
        return roads;
    }

    /** The flow's vehicles from {@code begin_s} on as a {@link Flow} with times shifted; null when none is left. */
    private static Flow flow(XmlElement e, VehicleType type, int[] route, double begin_s) throws InvalidInputException {
        double begin = e.number("begin", 0);
        double end = e.number("end", DEFAULT_FLOW_END_S);
        int given = 0;
        for (String a : List.of("period", "vehsPerHour", "probability")) {
            given += e.has(a) ? 1 : 0;
        }
        if (given > 1) {
            throw e.error("give only one of period, vehsPerHour and probability");
        }
        double period;
        long count;
        if (e.has("period")) {
            period = e.number("period");
        } else if (e.has("vehsPerHour")) {
            period = 3600 / e.number("vehsPerHour");
        } else if (e.has("probability")) {
            double p = e.number("probability");
            if (!(p > 0 && p <= 1)) {
                throw e.error("probability must be in (0, 1], got " + p);
            }
            period = 1 / p;
        } else if (e.has("number")) {
            if (!e.has("end")) {
                throw e.error("a flow with only 'number' needs 'end'");
            }
            period = (end - begin) / Math.max(1, e.integer("number"));
        } else {
            throw e.error("a flow needs period, vehsPerHour, probability or number");
        }
        if (!(period > 0) || !Double.isFinite(period)) {
            throw e.error("the flow's time between vehicles must be positive, got " + period + " s");
        }
        if (end < begin) {
            throw e.error("end " + end + " is before begin " + begin);
        }
        count = (long) Math.ceil((end - begin) / period - 1e-9);
        if (e.has("number")) {
            long number = e.integer("number");
            if (number < 0) {
                throw e.error("number must be >= 0, got " + number);
            }
            count = e.has("end") ? Math.min(count, number) : number;
        }
        long skipped = begin >= begin_s ? 0 : (long) Math.ceil((begin_s - begin) / period - 1e-9);
        long left = count - skipped;
        if (left <= 0) {
            return null;
        }
        double start = begin + skipped * period - begin_s;
        double last = start + (left - 1) * period;
        double interval = period;
        return attempt(e, () -> new Flow(type, route, interval, start, last));
    }

    private static <T> T attempt(XmlElement element, SumoNetReader.BuilderStep<T> step) throws InvalidInputException {
        return SumoNetReader.attempt(element, step);
    }
}
