package org.smartcity.app.bench;

import java.util.Arrays;
import java.util.List;

/** The JVM options the {@code ./smartcity} launcher uses, so benchmarks measure what users run. */
final class Launcher {
    private Launcher() {}

    /** Options from {@code SMARTCITY_JAVA_OPTS} when set, else the launcher's defaults. */
    static List<String> jvmOptions() {
        String fromEnv = System.getenv("SMARTCITY_JAVA_OPTS");
        String options = fromEnv == null || fromEnv.isBlank() ? "-Xmx4g" : fromEnv;
        return Arrays.stream(options.trim().split("\\s+")).toList();
    }
}
