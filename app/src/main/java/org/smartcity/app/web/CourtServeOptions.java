package org.smartcity.app.web;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of {@code smartcity serve} that belong to the court workspace (issue 8). */
public final class CourtServeOptions {

    @Option(
            names = "--db",
            description = "JDBC URL of the case store (default: an H2 database in the data folder; "
                    + "jdbc:postgresql://… for PostgreSQL).")
    String databaseUrl;

    /** The court workspace feature on the data folder, or empty while it is not built. */
    Optional<WebFeature> feature(Path dataDir) {
        return Optional.empty();
    }
}
