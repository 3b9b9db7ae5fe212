package org.smartcity.app.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.smartcity.app.cli.UserError;
import org.smartcity.app.web.Authenticator;
import org.smartcity.app.web.WebFeature;
import org.smartcity.app.web.court.CourtWorkspace;
import org.smartcity.app.web.court.ReferenceEngines;
import org.smartcity.app.web.traffic.OperatorActionLog;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.Accounts;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.Database;
import org.smartcity.platform.store.StoreException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of {@code smartcity serve} that belong to the court workspace (issue 8). */
public final class CourtServeOptions {

    @Option(
            names = "--db",
            description = "JDBC URL of the case store (default: an H2 database in the data folder; "
                    + "jdbc:postgresql://…?user=…&password=… for PostgreSQL).")
    String databaseUrl;

    @Mixin
    CourtEngineOptions engines;

    private CourtWorkspace workspace;

    /** The JDBC URL to use for the data folder: {@code --db} or the H2 file in {@code dataDir}. */
    public String url(Path dataDir) {
        return databaseUrl != null ? databaseUrl : Database.h2Url(dataDir);
    }

    /** Opens the platform store (creating the data folder for H2), turning failures into one-line user errors. */
    public static Platform openPlatform(String url, Path dataDir) {
        try {
            if (url.startsWith("jdbc:h2:file:")) {
                Files.createDirectories(dataDir);
            }
            return Platform.open(url, Accounts.DEFAULT_COST);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new UserError("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The court workspace on the data folder (opened once; later calls return the same one). */
    Optional<WebFeature> feature(Path dataDir) {
        return Optional.of(workspace(dataDir));
    }

    /** Signs requests in from the workspace's sessions (which also carry traffic-operator accounts). */
    Authenticator authenticator(Path dataDir) {
        return workspace(dataDir).authenticator();
    }

    /**
     * Records traffic operators' changes to the twin in the workspace's hash-chained audit log (action {@code
     * traffic.<verb>}, no case), so {@code smartcity audit verify} covers them too. Thread-safe.
     */
    OperatorActionLog operatorLog(Path dataDir) {
        return auditedOperatorLog(workspace(dataDir).platform());
    }

    /** Operators' changes as entries of {@code platform}'s audit log (see {@link #operatorLog}). */
    public static OperatorActionLog auditedOperatorLog(Platform platform) {
        return new OperatorActionLog() {
            @Override
            public void record(String user, String action, String detail) {
                record(user, action, detail, Map.of());
            }

            @Override
            public void record(String user, String action, String detail, Map<String, String> fields) {
                Detail d = Detail.of().put("detail", detail);
                fields.forEach(d::put);
                platform.database()
                        .write(c -> platform.audit()
                                .append(c, System.currentTimeMillis(), user, "traffic." + action, null, d.json()));
            }
        };
    }

    private CourtWorkspace workspace(Path dataDir) {
        if (workspace == null) {
            ReferenceEngines loaded = engines.load();
            try {
                workspace = new CourtWorkspace(openPlatform(url(dataDir), dataDir), loaded);
            } catch (RuntimeException e) {
                loaded.close();
                throw e;
            }
        }
        return workspace;
    }
}
