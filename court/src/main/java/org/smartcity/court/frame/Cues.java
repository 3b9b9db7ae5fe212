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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cue-word data files. A data file of {@code NAME cue cue …} lines under {@code facts/} on the class path ({@code #} starts a comment;
 * a name may take several lines). Read once by the classes that need it; the map keeps file order.
 */
public final class Cues {
    private Cues() {}

    /** The lists of a data file by name, in file order; a malformed line is an {@link IllegalStateException}. */
    public static Map<String, List<String>> read(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (InputStream in = Cues.class.getResourceAsStream("/facts/" + resource)) {
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

    /** A pattern matching any of the cues literally. */
    public static Pattern anyOf(List<String> cues) {
        return Pattern.compile(alternatives(cues));
    }

    /** The cues quoted and joined by {@code |}, for use inside a larger pattern. */
    public static String alternatives(List<String> cues) {
        if (cues == null || cues.isEmpty()) {
            throw new IllegalStateException("an empty cue list");
        }
        return cues.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
