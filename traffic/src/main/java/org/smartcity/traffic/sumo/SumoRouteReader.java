package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.demand.Flow;
import org.smartcity.traffic.demand.VehicleStop;
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
    private static final String NOT_MODELLED =
            "vehicles enter at rest at the start of the rightmost lane (a lane that leads on in the CityFlow model)"
                    + " and leave at the end of their last road";
    /** SUMO's default random seed: the draws from type distributions are repeatable. */
    private static final long DISTRIBUTION_SEED = 23_423;

    private static final Set<String> VTYPE_ATTRIBUTES = Set.of(
            "accel", "decel", "length", "minGap", "width", "tau", "maxSpeed", "sigma", "speedFactor", "speedDev");
    private static final Set<String> VTYPE_IN_DISTRIBUTION = Set.of(
            "accel",
            "decel",
            "length",
            "minGap",
            "width",
            "tau",
            "maxSpeed",
            "sigma",
            "speedFactor",
            "speedDev",
            "probability");
    private static final Set<String> STOP_ATTRIBUTES =
            Set.of("busStop", "trainStop", "containerStop", "lane", "startPos", "endPos", "duration", "until");
    private static final Set<String> VEHICLE_ATTRIBUTES = Set.of(
            "depart", "route", "from", "to", "via", "begin", "end", "period", "vehsPerHour", "number", "probability");

    private final UnsupportedFeatures unsupported = new UnsupportedFeatures();
    private final SplittableRandom random = new SplittableRandom(DISTRIBUTION_SEED);

    /**
     * What the last {@link #read} met but does not model (e.g. {@code departLane}, a lane-change model's
     * parameters), one line each with file and first line; empty when everything was understood.
     */
    public List<String> warnings() {
        return unsupported.warnings();
    }

    public Demand read(Path file, RoadNetwork network, double begin_s) throws InvalidInputException {
        XmlElement root = XmlTreeParser.parse(file);
        return read(List.of(), List.of(root), network, begin_s, Map.of(), lane -> null);
    }

    /**
     * Reads the demand of several files as one: first the demand elements of {@code additionalRoots}
     * (the additional files), then {@code routeRoots} (the route files, each with a {@code <routes>}
     * root), in order. Types, type distributions and routes of any file may be used in any other.
     *
     * @param stopPlaces bus stops (and train/container stops) by id, from the additional files
     * @param carLane a SUMO lane id to {road, lane index}, or null when smartcity has no such car lane
     */
    Demand read(
            List<XmlElement> additionalRoots,
            List<XmlElement> routeRoots,
            RoadNetwork network,
            double begin_s,
            Map<String, SumoAdditionals.StopPlace> stopPlaces,
            Function<String, int[]> carLane)
            throws InvalidInputException {
        for (XmlElement root : routeRoots) {
            if (!root.name().equals("routes")) {
                throw root.error("a SUMO route file has a <routes> root element, not <" + root.name() + ">");
            }
        }
        List<XmlElement> roots = new ArrayList<>(additionalRoots);
        roots.addAll(routeRoots);
        Set<XmlElement> fromAdditional = Collections.newSetFromMap(new IdentityHashMap<>());
        fromAdditional.addAll(additionalRoots);
        double speedCap = 0;
        for (int lane = 0; lane < network.laneCount(); lane++) {
            speedCap = Math.max(speedCap, network.laneMaxSpeed_mps(lane));
        }
        Types types = new Types();
        types.add("DEFAULT_VEHTYPE", vehicleType(null, speedCap), null);
        Map<String, int[]> routes = new HashMap<>();
        for (XmlElement root : roots) {
            for (XmlElement t : root.children()) {
                switch (t.name()) {
                    case "vType" -> {
                        unsupported.attributes(t, VTYPE_ATTRIBUTES, "SUMO's default is used");
                        types.add(t.text("id"), vehicleType(t, speedCap), t);
                    }
                    case "vTypeDistribution" -> typeDistribution(t, types, speedCap);
                    case "route" -> {
                        if (routes.put(t.text("id"), route(t, network)) != null) {
                            throw t.error("route '" + t.text("id") + "' is defined twice");
                        }
                    }
                    default -> {}
                }
            }
        }
        RoadRouter router = new RoadRouter(network);
        Map<Integer, RoadRouter.RoutesFrom> searches =
                new HashMap<>(); // free-flow routes from each origin, searched once
        Map<Long, int[]> legs = new HashMap<>(); // the route between two edges, by (from << 32 | to), looked up once
        double[] freeFlow = RoadRouter.freeFlowTimes_s(network);
        List<Flow> flows = new ArrayList<>();
        for (XmlElement root : roots) {
            boolean additional = fromAdditional.contains(root);
            for (XmlElement e : root.children()) {
                switch (e.name()) {
                    case "vehicle", "trip" -> {
                        unsupported.attributes(e, VEHICLE_ATTRIBUTES, NOT_MODELLED);
                        departure(e);
                        double depart = depart(e, begin_s);
                        if (depart + 1e-9 < begin_s) {
                            continue;
                        }
                        VehicleType type = types.draw(e, random);
                        int[] route = routeOf(e, network, routes, router, freeFlow, searches, legs);
                        List<VehicleStop> halts = halts(e, route, network, stopPlaces, carLane, begin_s);
                        int[] stops = halts.isEmpty() ? tripStops(e, network) : null;
                        double t = depart - begin_s;
                        Flow flow = attempt(e, () -> new Flow(type, route, 1.0, t, t, stops));
                        flows.add(halts.isEmpty() ? flow : attempt(e, () -> flow.withHalts(halts)));
                    }
                    case "flow" -> {
                        unsupported.attributes(e, VEHICLE_ATTRIBUTES, NOT_MODELLED);
                        departure(e);
                        int[] route = routeOf(e, network, routes, router, freeFlow, searches, legs);
                        List<VehicleStop> halts = halts(e, route, network, stopPlaces, carLane, begin_s);
                        int[] stops = halts.isEmpty() ? tripStops(e, network) : null;
                        for (Flow flow : flows(e, types, route, begin_s)) {
                            Flow f = stops == null ? flow : flow.withTripStops(stops);
                            flows.add(halts.isEmpty() ? f : attempt(e, () -> f.withHalts(halts)));
                        }
                    }
                    case "vType", "vTypeDistribution", "route", "param" -> {}
                    case "person", "personFlow", "container", "containerFlow" ->
                        unsupported.note(
                                e, "<" + e.name() + "> is not modelled (smartcity simulates vehicles only); ignored");
                    default -> {
                        if (!additional || SumoAdditionals.DEMAND.contains(e.name())) {
                            throw e.error("element <" + e.name() + "> is not supported"
                                    + (additional ? "" : " in a route file")
                                    + " (supported: vType, vTypeDistribution, route, vehicle, trip, flow; person and"
                                    + " container are ignored with a warning)");
                        }
                    }
                }
            }
        }
        return attempt(routeRoots.isEmpty() ? additionalRoots.get(0) : routeRoots.get(0), () -> new Demand(flows));
    }

    /**
     * Vehicle types by id, and type distributions (SUMO's {@code vTypeDistribution}) whose members are
     * drawn per vehicle by their probability.
     */
    private static final class Types {
        private final Map<String, VehicleType> byId = new HashMap<>();
        private final Map<String, VehicleType[]> distributionTypes = new HashMap<>();
        private final Map<String, double[]> distributionCumulative = new HashMap<>();

        void add(String id, VehicleType type, XmlElement where) throws InvalidInputException {
            if (distributionTypes.containsKey(id)) {
                throw where.error("'" + id + "' is already a vehicle type distribution");
            }
            if (byId.put(id, type) != null && where != null && !id.equals("DEFAULT_VEHTYPE")) {
                throw where.error("vehicle type '" + id + "' is defined twice");
            }
        }

        VehicleType get(String id) {
            return byId.get(id);
        }

        void addDistribution(XmlElement where, String id, VehicleType[] members, double[] probabilities)
                throws InvalidInputException {
            if (byId.containsKey(id) || distributionTypes.containsKey(id)) {
                throw where.error("vehicle type or distribution '" + id + "' is defined twice");
            }
            double total = 0;
            double[] cumulative = new double[probabilities.length];
            for (int k = 0; k < probabilities.length; k++) {
                total += probabilities[k];
                cumulative[k] = total;
            }
            if (!(total > 0)) {
                throw where.error("the probabilities of a vehicle type distribution must add up to more than 0");
            }
            for (int k = 0; k < cumulative.length; k++) {
                cumulative[k] /= total;
            }
            distributionTypes.put(id, members);
            distributionCumulative.put(id, cumulative);
        }

        boolean isDistribution(String id) {
            return distributionTypes.containsKey(id);
        }

        /** The type of {@code e}'s {@code type} attribute; a distribution's member is drawn from {@code random}. */
        VehicleType draw(XmlElement e, SplittableRandom random) throws InvalidInputException {
            String id = e.text("type", "DEFAULT_VEHTYPE");
            VehicleType type = byId.get(id);
            if (type != null) {
                return type;
            }
            VehicleType[] members = distributionTypes.get(id);
            if (members == null) {
                throw e.error("unknown vehicle type '" + id + "'");
            }
            double u = random.nextDouble();
            double[] cumulative = distributionCumulative.get(id);
            for (int k = 0; k < members.length; k++) {
                if (u < cumulative[k]) {
                    return members[k];
                }
            }
            return members[members.length - 1];
        }
    }

    /**
     * SUMO's {@code vTypeDistribution}: {@code vType} children with a {@code probability} each (default
     * 1), or {@code vTypes="a b …"} naming types defined before, with optional {@code probabilities}.
     */
    private void typeDistribution(XmlElement d, Types types, double speedCap) throws InvalidInputException {
        List<VehicleType> members = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        for (XmlElement t : d.children()) {
            if (!t.name().equals("vType")) {
                if (!t.name().equals("param")) {
                    throw t.error("<" + t.name() + "> inside <vTypeDistribution> is not supported (expected vType)");
                }
                continue;
            }
            unsupported.attributes(t, VTYPE_IN_DISTRIBUTION, "SUMO's default is used");
            VehicleType type = vehicleType(t, speedCap);
            types.add(t.text("id"), type, t);
            members.add(type);
            probabilities.add(probability(t, t.text("probability", "1")));
        }
        if (d.has("vTypes")) {
            String[] ids = WhitespaceList.split(d.text("vTypes").trim());
            String[] given = d.has("probabilities")
                    ? WhitespaceList.split(d.text("probabilities").trim())
                    : null;
            if (given != null && given.length != ids.length) {
                throw d.error("'probabilities' has " + given.length + " values for " + ids.length + " vTypes");
            }
            for (int k = 0; k < ids.length; k++) {
                VehicleType type = types.get(ids[k]);
                if (type == null) {
                    throw d.error("unknown vehicle type '" + ids[k] + "' in vTypes");
                }
                members.add(type);
                probabilities.add(given == null ? 1.0 : probability(d, given[k]));
            }
        }
        if (members.isEmpty()) {
            throw d.error("a vehicle type distribution needs vType children or a 'vTypes' attribute");
        }
        types.addDistribution(
                d,
                d.text("id"),
                members.toArray(new VehicleType[0]),
                probabilities.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double probability(XmlElement e, String text) throws InvalidInputException {
        double p;
        try {
            p = Double.parseDouble(text.trim());
        } catch (NumberFormatException ex) {
            throw e.error("probability '" + text + "' is not a number");
        }
        if (!(p >= 0) || !Double.isFinite(p)) {
            throw e.error("probability must be >= 0, got " + text);
        }
        return p;
    }

    /**
     * The vehicle's {@code <stop>} children as halts along {@code route}: at a bus stop ({@code
     * busStop}, also {@code trainStop}/{@code containerStop}) or on a {@code lane} at {@code endPos},
     * with {@code duration} and/or {@code until}. Stops must follow the route; a stop on a lane cars may
     * not use (a bus lane) is skipped with a warning.
     */
    private List<VehicleStop> halts(
            XmlElement e,
            int[] route,
            RoadNetwork network,
            Map<String, SumoAdditionals.StopPlace> stopPlaces,
            Function<String, int[]> carLane,
            double begin_s)
            throws InvalidInputException {
        List<XmlElement> stops = e.children("stop");
        if (stops.isEmpty()) {
            return List.of();
        }
        List<VehicleStop> halts = new ArrayList<>();
        int from = 0;
        for (XmlElement stop : stops) {
            unsupported.attributes(stop, STOP_ATTRIBUTES, "the vehicle halts for its duration/until");
            String laneId;
            double start;
            double end;
            String place = stop.text("busStop", stop.text("trainStop", stop.text("containerStop", null)));
            if (place != null) {
                SumoAdditionals.StopPlace p = stopPlaces.get(place);
                if (p == null) {
                    throw stop.error("unknown stop '" + place + "' (no busStop/trainStop/containerStop with this id"
                            + " in the additional files)");
                }
                laneId = p.lane();
                start = p.startPos_m();
                end = p.endPos_m();
            } else if (stop.has("lane")) {
                laneId = stop.text("lane");
                start = stop.number("startPos", Double.NaN);
                end = stop.number("endPos", Double.NaN);
            } else {
                throw stop.error("a <stop> needs busStop (or trainStop/containerStop) or lane; parking areas and"
                        + " edge-only stops are not supported");
            }
            if (!stop.has("duration") && !stop.has("until")) {
                throw stop.error("a <stop> needs 'duration' or 'until' (triggered stops are not supported)");
            }
            double duration = stop.number("duration", 0);
            if (duration < 0) {
                throw stop.error("duration must be >= 0 s, got " + duration);
            }
            double until = stop.has("until") ? stop.number("until") : Double.NaN;
            int[] lane = carLane.apply(laneId);
            if (lane == null) {
                unsupported.note(
                        stop,
                        "<stop> on a lane cars may not use (e.g. a bus lane, not in smartcity's car network): the"
                                + " vehicle drives past without halting");
                continue;
            }
            int index = -1;
            for (int k = from; k < route.length; k++) {
                if (route[k] == lane[0]) {
                    index = k;
                    break;
                }
            }
            if (index < 0) {
                throw stop.error("the stop's lane '" + laneId + "' is not on the rest of the vehicle's route");
            }
            double length = network.laneLength_m(network.firstLane(lane[0]) + lane[1]);
            double at = Double.isNaN(end) ? (Double.isNaN(start) ? length : start) : end;
            if (at < 0) {
                at += length; // SUMO counts negative positions from the lane's end
            }
            double position = Math.max(0, Math.min(length, at));
            int stopIndex = index;
            double untilShifted = until - begin_s; // NaN stays NaN
            halts.add(attempt(stop, () -> new VehicleStop(stopIndex, lane[1], position, duration, untilShifted)));
            from = index;
        }
        return halts;
    }

    /** Checks SUMO's departure and arrival attributes against the values SUMO allows. */
    private static void departure(XmlElement e) throws InvalidInputException {
        check(e, "departLane", Set.of("random", "free", "allowed", "best", "first", "best_prob"), true);
        check(e, "departPos", Set.of("random", "free", "random_free", "base", "last", "stop", "splitFront"), false);
        check(e, "departSpeed", Set.of("random", "max", "desired", "speedLimit", "last", "avg"), false);
        check(e, "arrivalLane", Set.of("current", "random", "first"), true);
        check(e, "arrivalPos", Set.of("random", "max"), false);
        check(e, "arrivalSpeed", Set.of("current"), false);
    }

    private static void check(XmlElement e, String attribute, Set<String> words, boolean wholeNumber)
            throws InvalidInputException {
        String value = e.text(attribute, null);
        if (value == null || words.contains(value.trim())) {
            return;
        }
        try {
            double d = Double.parseDouble(value.trim());
            boolean ok = Double.isFinite(d) && (!wholeNumber || (d >= 0 && d == Math.rint(d)));
            if (!attribute.equals("departPos") && !attribute.equals("arrivalPos") && d < 0) {
                ok = false;
            }
            if (ok) {
                return;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw e.error(attribute + "='" + value + "' is not a value SUMO allows ("
                + (wholeNumber ? "a lane index" : "a number") + " or one of " + new java.util.TreeSet<>(words) + ")");
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

    private static double depart(XmlElement e, double begin_s) throws InvalidInputException {
        String depart = e.text("depart");
        if (depart.trim().equals("begin")) {
            return begin_s;
        }
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
            if (!child.name().equals("route")
                    && !child.name().equals("param")
                    && !child.name().equals("stop")) {
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
    /**
     * The flow's vehicles from {@code begin_s} on: one flow, or, when its type is a distribution, one
     * single-vehicle flow per vehicle with its own drawn type.
     */
    private List<Flow> flows(XmlElement e, Types types, int[] route, double begin_s) throws InvalidInputException {
        String typeId = e.text("type", "DEFAULT_VEHTYPE");
        if (!types.isDistribution(typeId)) {
            Flow flow = flow(e, types.draw(e, random), route, begin_s);
            return flow == null ? List.of() : List.of(flow);
        }
        Flow all = flow(e, types.draw(e, new SplittableRandom(0)), route, begin_s);
        if (all == null) {
            return List.of();
        }
        List<Flow> each = new ArrayList<>();
        for (int k = 0; k < all.vehicleCount(); k++) {
            double t = all.startTime_s() + k * all.interval_s();
            VehicleType type = types.draw(e, random);
            each.add(attempt(e, () -> new Flow(type, route, 1.0, t, t)));
        }
        return each;
    }

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
