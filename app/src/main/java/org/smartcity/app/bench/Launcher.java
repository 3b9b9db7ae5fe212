package org.smartcity.app.bench;

import java.util.Arrays;
import java.util.List;

/** The JVM options the {@code ./smartcity} launcher uses, so benchmarks measure what users run. */
final class Launcher {
    /**
     * The launcher's default: client-compiler-only JIT, which halves a one-hour Hangzhou run (0.7 s
     * instead of 1.3 s with JVM start) and costs about a quarter on the 36×36 grid; see
     * docs/benchmarks.md. Keep in step with the {@code smartcity} script.
     */
    static final String DEFAULT_OPTIONS = "-Xmx4g -XX:TieredStopAtLevel=1";

    private Launcher() {}

    /**
     * Options from {@code SMARTCITY_JAVA_OPTS} when set, else the launcher's defaults, plus the
     * class-data-sharing archive the launcher keeps beside the jar when there is one.
     */
    static List<String> jvmOptions() {
        String fromEnv = System.getenv("SMARTCITY_JAVA_OPTS");
        String options = fromEnv == null || fromEnv.isBlank() ? DEFAULT_OPTIONS : fromEnv;
        List<String> all =
                new java.util.ArrayList<>(Arrays.asList(options.trim().split("\\s+")));
        java.nio.file.Path archive = ChildRun.ownJar().resolveSibling("smartcity.jsa");
        if (java.nio.file.Files.isRegularFile(archive)) {
            all.addAll(List.of(
                    "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        return all;
    }
}
