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
        if (!(begin_s >= 0) || !Double.isFinite(begin_s)) {
            throw new IllegalArgumentException("begin must be a time >= 0 s, got " + begin_s);
        }
        SumoNetReader netReader = new SumoNetReader();
        RoadNetwork network = netReader.read(net, begin_s);
        SumoRouteReader routeReader = new SumoRouteReader();
        Demand demand = routeReader.read(routes, network, begin_s);
        String name = routes.getFileName().toString().replaceFirst("\\.rou\\.xml$", "");
        List<String> warnings = new ArrayList<>(netReader.warnings());
        warnings.addAll(routeReader.warnings());
        return new Scenario(name, network, demand, warnings);
    }

    /** True when the file name looks like a SUMO file ({@code .xml}, e.g. {@code .net.xml}). */
    public static boolean isSumoFile(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
    }
}
