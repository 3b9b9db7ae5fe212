package org.smartcity.traffic.sumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.scenario.Scenario;
import org.smartcity.traffic.signal.SignalControllers;
import org.smartcity.traffic.signal.SignalProtocol;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationConfig;

/** The fixture's configuration, loaded and run under its own traffic light plan. */
class SumoScenarioEndToEndTest {
    @TempDir
    Path dir;

    private Path config(String begin) {
        SumoFixtures.write(dir, "x.net.xml", SumoFixtures.net());
        SumoFixtures.write(dir, "x.rou.xml", SumoFixtures.routes());
        return SumoFixtures.write(
                dir,
                "x.sumocfg",
                "<configuration>\n  <input>\n    <net-file value=\"x.net.xml\"/>\n"
                        + "    <route-files value=\"x.rou.xml\"/>\n  </input>\n"
                        + "  <time><begin value=\"" + begin + "\"/><end value=\"400\"/></time>\n</configuration>\n");
    }

    @Test
    void everyVehicleArrivesAndTripFiguresAddUp() throws InvalidInputException {
        SumoConfig cfg = SumoConfig.read(config("100"));
        assertThat(cfg.begin_s()).isEqualTo(100.0);
        assertThat(cfg.end_s()).isEqualTo(400.0);
        assertThat(cfg.net()).isEqualTo(dir.resolve("x.net.xml").toAbsolutePath());

        Scenario scenario = SumoScenarios.load(cfg);
        Simulation sim = scenario.newSimulation(
                SignalControllers.builtIn().get("plan").factory(), SignalProtocol.NATIVE, SimulationConfig.DEFAULT);
        TripStatistics trips = new TripStatistics(sim);
        sim.addObserver(trips);
        sim.run((int) (cfg.end_s() - cfg.begin_s()));

        assertThat(sim.summary().vehicles()).isEqualTo(6);
        assertThat(sim.summary().finished()).as("all arrive within 300 s").isEqualTo(6);
        assertThat(trips.arrived()).isEqualTo(6);
        // two 195 m roads at 13.89 (and 11) m/s take at least 14 + 14 s
        assertThat(trips.meanDuration_s()).isGreaterThan(28);
        assertThat(trips.meanTimeLoss_s()).isGreaterThanOrEqualTo(0).isLessThan(trips.meanDuration_s());
    }

    @Test
    void aConfigurationWithoutRouteFilesIsRefused() {
        SumoFixtures.write(dir, "x.net.xml", SumoFixtures.net());
        Path file = SumoFixtures.write(
                dir,
                "bad.sumocfg",
                "<configuration>\n<input><net-file value=\"x.net.xml\"/></input>\n</configuration>");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SumoConfig.read(file));

        assertThat(e.getMessage()).startsWith(file.toString());
        assertThat(e.reason()).contains("<route-files");
    }
}
