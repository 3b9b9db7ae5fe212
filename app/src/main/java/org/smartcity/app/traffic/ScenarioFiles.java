package org.smartcity.app.traffic;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.sumo.SumoScenarios;

/**
 * Loads a network and its demand in either format the CLI accepts: CityFlow JSON (roadnet + flow) or
 * SUMO XML ({@code .net.xml} + {@code .rou.xml}, told apart by their {@code .xml} names). What a SUMO
 * file asks for but is not modelled is printed as {@code warning:} lines. Stateless.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    /**
     * @param begin_s SUMO's begin time, which becomes time 0 (ignored for CityFlow files)
     * @param err where warnings go
     * @throws UserError when one file is CityFlow and the other SUMO, or the begin time is negative
     * @throws InvalidInputException naming file, place and reason when a file is malformed
     */
    public static Scenario load(Path network, Path demand, double begin_s, PrintWriter err)
            throws InvalidInputException {
        boolean sumo = SumoScenarios.isSumoFile(network);
        if (sumo != SumoScenarios.isSumoFile(demand)) {
            throw new UserError("the network and the demand must both be CityFlow JSON or both SUMO XML, got "
                    + network.getFileName() + " and " + demand.getFileName());
        }
        if (!sumo) {
            return Scenario.loadCityFlow(network, demand);
        }
        if (!(begin_s >= 0) || !Double.isFinite(begin_s)) {
            throw new UserError("--begin must be a time >= 0 s, got " + begin_s);
        }
        Scenario scenario = SumoScenarios.load(network, demand, begin_s);
        for (String warning : scenario.warnings()) {
            err.println("warning: " + warning);
        }
        err.flush();
        return scenario;
    }
}
