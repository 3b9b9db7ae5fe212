package org.smartcity.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the running program's jar is (for child JVMs and for shipping the job to a Flink cluster). */
public final class Jars {
    private Jars() {}

    /** The runnable jar this code was loaded from; a user error when run from class folders. */
    public static Path ownJar() {
        try {
            Path p = Path.of(Jars.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (!Files.isRegularFile(p)) {
                throw new UserError("benchmarks must run from the packaged jar (./smartcity bench …), not from " + p);
            }
            return p;
        } catch (java.net.URISyntaxException e) {
            throw new UserError("cannot locate the smartcity jar: " + e.getMessage());
        }
    }
}
