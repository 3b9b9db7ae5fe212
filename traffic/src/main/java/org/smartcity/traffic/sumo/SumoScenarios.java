package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.demand.Demand;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.scenario.Scenario;

/** Loads a SUMO network and demand as a {@link Scenario}. Stateless. */
public final class SumoScenarios {
    private SumoScenarios() {}

    /**
     * Reads {@code net} and {@code routes}; {@code begin_s} becomes the simulation's time 0 (SUMO's
     * {@code --begin}). Problems are reported with file, line, element and reason.
     */
    public static Scenario load(Path net, Path routes, double begin_s) throws InvalidInputException {
        return load(net, List.of(routes), List.of(), begin_s, List.of(), name(routes));
    }

    /**
     * Loads what a SUMO configuration names: its network, every additional file (traffic light
     * programs, bus stops, vehicle types and vehicles) and every route file, in order; its begin
     * becomes the simulation's time 0. The scenario's warnings start with the configuration's own.
     */
    public static Scenario load(SumoConfig config) throws InvalidInputException {
        String name = config.file().getFileName().toString().replaceFirst("(\\.sumo)?\\.?(sumocfg|cfg)$", "");
        return load(
                config.net(), config.routeFiles(), config.additionalFiles(), config.begin_s(), config.warnings(), name);
    }

    private static Scenario load(
            Path net, List<Path> routes, List<Path> additional, double begin_s, List<String> first, String name)
            throws InvalidInputException {
        if (!(begin_s >= 0) || !Double.isFinite(begin_s)) {
            throw new IllegalArgumentException("begin must be a time >= 0 s, got " + begin_s);
        }
        SumoAdditionals additionals = new SumoAdditionals();
        additionals.read(additional);
        List<XmlElement> routeRoots = new ArrayList<>();
        for (Path file : routes) {
            routeRoots.add(XmlTreeParser.parse(file));
        }
        List<String[]> demandRoutes = new ArrayList<>();
        for (XmlElement root : additionals.roots()) {
            collectEdges(root, demandRoutes);
        }
        for (XmlElement root : routeRoots) {
            collectEdges(root, demandRoutes);
        }
        SumoNetReader netReader = new SumoNetReader();
        RoadNetwork network = netReader.read(net, begin_s, additionals.programs(), demandRoutes);
        SumoRouteReader routeReader = new SumoRouteReader();
        Demand demand = routeReader.read(
                additionals.roots(), routeRoots, network, begin_s, additionals.stopPlaces(), netReader::carLane);
        List<String> warnings = new ArrayList<>(first);
        warnings.addAll(netReader.warnings());
        warnings.addAll(additionals.warnings());
        warnings.addAll(routeReader.warnings());
        return new Scenario(name, network, demand, warnings);
    }

    /** The edge lists the demand elements under {@code e} name: routes' edges, and from, to, via alone. */
    private static void collectEdges(XmlElement e, List<String[]> into) {
        String edges = e.attributes().get("edges");
        if (edges != null) {
            into.add(WhitespaceList.split(edges.trim()));
        }
        for (String attribute : List.of("from", "to", "via")) {
            String value = e.attributes().get(attribute);
            if (value != null) {
                for (String edge : WhitespaceList.split(value.trim())) {
                    into.add(new String[] {edge});
                }
            }
        }
        for (XmlElement child : e.children()) {
            collectEdges(child, into);
        }
    }

    private static String name(Path routes) {
        return routes.getFileName().toString().replaceFirst("\\.rou\\.xml$", "");
    }

    /** True when the file name looks like a SUMO file ({@code .xml}, e.g. {@code .net.xml}). */
    public static boolean isSumoFile(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    }
}
