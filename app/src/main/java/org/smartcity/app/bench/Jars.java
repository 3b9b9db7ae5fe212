package org.smartcity.app.bench;

import java.nio.file.Path;

/** Where the running program's jar is (for child JVMs and for shipping the job to a Flink cluster). */
public final class Jars {
    private Jars() {}

    /** The runnable jar this code was loaded from; a user error when run from class folders. */
    public static Path ownJar() {
        return ChildRun.ownJar();
    }
}
