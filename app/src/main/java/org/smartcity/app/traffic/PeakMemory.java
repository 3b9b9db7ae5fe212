package org.smartcity.app.traffic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident memory, as the kernel reports it (Linux), for benchmark reports. */
final class PeakMemory {
    private PeakMemory() {}

    /** Peak resident set size in MiB, or -1 where /proc is not available. */
    static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
