package org.smartcity.app.admin;

import java.nio.file.Path;
import org.smartcity.app.serve.CourtServeOptions;
import org.smartcity.platform.Platform;
import picocli.CommandLine.Option;

/** {@code --data DIR [--db URL]}: which store an administrative command works on (the same as {@code serve}'s). */
public final class StoreOptions {
    @Option(
            names = "--data",
            defaultValue = "smartcity-data",
            description = "Data folder of the server (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", description = "JDBC URL (default: the H2 database in the data folder).")
    String databaseUrl;

    Platform open() {
        String url = databaseUrl != null ? databaseUrl : org.smartcity.platform.store.Database.h2Url(data);
        return CourtServeOptions.openPlatform(url, data);
    }
}
