package org.smartcity.traffic.incident;

import java.util.List;
import java.util.function.Supplier;

/** The built-in incident detectors, registered explicitly by name, each with its default parameters. */
public final class IncidentDetectors {
    /** A detector name and how to make a fresh instance. */
    public record Entry(String name, Supplier<IncidentDetector> factory) {}

    private IncidentDetectors() {}

    public static List<Entry> builtIn() {
        return List.of(
                new Entry(
                        LoopComparisonDetector.NAME,
                        () -> new LoopComparisonDetector(LoopComparisonParameters.DEFAULT)),
                new Entry(
                        CameraStoppedDetector.NAME, () -> new CameraStoppedDetector(CameraStoppedParameters.DEFAULT)));
    }
}
