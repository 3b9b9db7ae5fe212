package org.smartcity.traffic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;

/** Generated grid scenarios written to a test's temporary directory (test code only). */
public final class GridScenarios {
    private GridScenarios() {}

    /** Writes {@code spec} with {@link GridGenerator} under {@code dir} and loads it as CityFlow files. */
    public static Scenario load(GridSpec spec, Path dir) {
        try {
            GridGenerator.GridFiles files = new GridGenerator()
                    .write(
                            spec,
                            dir.resolve(spec.rows() + "x" + spec.cols() + "-" + spec.seed() + "-"
                                    + (int) spec.vehiclesPerHourPerEntry()));
            return Scenario.loadCityFlow(files.roadnet(), files.flow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new AssertionError("the generator wrote an invalid scenario: " + e.getMessage(), e);
        }
    }
}
