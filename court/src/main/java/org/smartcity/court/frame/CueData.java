package org.smartcity.court.frame;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data file of {@code NAME cue cue …} lines under {@code facts/} on the class path ({@code #} starts a comment;
 * a name may take several lines). Read once by the classes that need it; the map keeps file order.
 */
final class CueData {
    private CueData() {}

    static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = CueData.class.getResourceAsStream("/facts/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("resource facts/" + resource + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+");
                if (parts.length < 2) {
                    throw new IllegalStateException("facts/" + resource + ": line " + n + ": expected NAME cue …");
                }
                out.computeIfAbsent(parts[0], k -> new ArrayList<>())
                        .addAll(Arrays.asList(parts).subList(1, parts.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read facts/" + resource, e);
        }
        return out;
    }
}
