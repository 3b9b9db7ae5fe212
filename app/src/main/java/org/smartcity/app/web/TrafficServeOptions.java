package org.smartcity.app.web;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of {@code smartcity serve} that belong to the traffic operations dashboard (issue 6). */
public final class TrafficServeOptions {

    @Option(names = "--roadnet", description = "CityFlow roadnet of the live twin (default: a generated grid).")
    Path roadnet;

    @Option(names = "--flow", description = "CityFlow flow file for --roadnet.")
    Path flow;

    /** The dashboard feature, or empty while it is not built. */
    Optional<WebFeature> feature(Path dataDir) {
        return Optional.empty();
    }
}
