package org.smartcity.traffic.sumo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.smartcity.traffic.cityflow.InvalidInputException;

/**
 * The parts of a SUMO configuration ({@code .sumocfg}, {@code .sumo.cfg}) smartcity uses: the network
 * file, every route file and additional file in the order given (each resolved against the
 * configuration's folder, as SUMO resolves them) and the time window. Immutable.
 *
 * <p>Every layout SUMO accepts is read: options inside sections ({@code <input><net-file …/></input>})
 * or directly under the root ({@code <c><net value=…/></c>}), under their long names or SUMO's
 * synonyms and one-letter names ({@code net-file}/{@code net}/{@code n}, {@code route-files}/{@code
 * routes}/{@code r}, {@code additional-files}/{@code additional}/{@code a}, {@code begin}/{@code b},
 * {@code end}/{@code e}); file lists separated by commas; times in seconds or {@code [[D:]H:]M:S}.
 * Every other option is named in {@link #warnings()} (it does not change smartcity's run).
 *
 * @param file the configuration file itself
 * @param net the network file
 * @param routeFiles route files in the order given (may be empty when the additional files hold the demand)
 * @param additionalFiles additional files in the order given
 * @param begin_s {@code begin}, default 0
 * @param end_s {@code end}; {@link Double#POSITIVE_INFINITY} when absent (SUMO then runs until every
 *     vehicle has left)
 * @param warnings one line per option read but not used: {@code FILE: line N: …}
 */
public record SumoConfig(
        Path file,
        Path net,
        List<Path> routeFiles,
        List<Path> additionalFiles,
        double begin_s,
        double end_s,
        List<String> warnings) {

    public SumoConfig {
        routeFiles = List.copyOf(routeFiles);
        additionalFiles = List.copyOf(additionalFiles);
        warnings = List.copyOf(warnings);
    }

    /** SUMO's option names (long name, synonyms, one-letter name) for the options read here. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("net-file", "net-file"),
            Map.entry("net", "net-file"),
            Map.entry("n", "net-file"),
            Map.entry("route-files", "route-files"),
            Map.entry("routes", "route-files"),
            Map.entry("r", "route-files"),
            Map.entry("additional-files", "additional-files"),
            Map.entry("additional", "additional-files"),
            Map.entry("a", "additional-files"),
            Map.entry("begin", "begin"),
            Map.entry("b", "begin"),
            Map.entry("end", "end"),
            Map.entry("e", "end"));

    /** The sections of SUMO's configuration files (an empty one is skipped). */
    private static final java.util.Set<String> SECTIONS = java.util.Set.of(
            "input",
            "output",
            "time",
            "processing",
            "routing",
            "report",
            "random_number",
            "gui_only",
            "traci_server",
            "mesoscopic",
            "emissions",
            "communication",
            "battery",
            "pedestrian",
            "ride_sharing",
            "edgeData",
            "configuration");

    /** True when the end is given; otherwise the run lasts until every vehicle has left. */
    public boolean hasEnd() {
        return Double.isFinite(end_s);
    }

    /**
     * Reads {@code file}. A missing network, a missing file named in a list, or a bad time is an error
     * naming the configuration file, the line and the file or value.
     */
    public static SumoConfig read(Path file) throws InvalidInputException {
        XmlElement root = XmlTreeParser.parse(file);
        Path dir = file.toAbsolutePath().getParent();
        UnsupportedFeatures unsupported = new UnsupportedFeatures();
        Path net = null;
        List<Path> routes = new ArrayList<>();
        List<Path> additional = new ArrayList<>();
        double begin = 0;
        double end = Double.POSITIVE_INFINITY;
        List<XmlElement> options = new ArrayList<>();
        for (XmlElement e : root.children()) {
            if (e.children().isEmpty() && SECTIONS.contains(e.name())) {
                continue; // an empty section
            }
            if (e.children().isEmpty()) {
                options.add(e); // flat layout: the option sits directly under the root
            } else {
                options.addAll(e.children()); // a section: input, time, processing, report, output, …
            }
        }
        for (XmlElement e : options) {
            String option = NAMES.get(e.name());
            if (option == null) {
                unsupported.note(e, "option '" + e.name() + "' is not used by smartcity; ignored");
                continue;
            }
            String value = e.text("value");
            switch (option) {
                case "net-file" -> net = existing(e, dir, value.trim(), "network file");
                case "route-files" -> routes.addAll(files(e, dir, value, "route file"));
                case "additional-files" -> additional.addAll(files(e, dir, value, "additional file"));
                case "begin" -> begin = time(e, value);
                case "end" -> end = time(e, value);
                default -> throw new IllegalStateException(option);
            }
        }
        if (net == null) {
            throw root.error("a configuration needs a network: <net-file value=\"…\"/> (or <net>, <n>)");
        }
        if (routes.isEmpty() && additional.isEmpty()) {
            throw root.error("a configuration needs demand: <route-files value=\"…\"/> (or <routes>, <r>)"
                    + " or additional files holding vehicles");
        }
        if (begin < 0) {
            throw root.error("begin must be >= 0 s, got " + begin);
        }
        if (!(end > begin)) {
            throw root.error("end " + end + " must be after begin " + begin);
        }
        return new SumoConfig(file, net, routes, additional, begin, end, unsupported.warnings());
    }

    private static List<Path> files(XmlElement e, Path dir, String value, String what) throws InvalidInputException {
        List<Path> paths = new ArrayList<>();
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                paths.add(existing(e, dir, name.trim(), what));
            }
        }
        return paths;
    }

    private static Path existing(XmlElement e, Path dir, String name, String what) throws InvalidInputException {
        Path path = dir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw e.error(what + " '" + name + "' does not exist (" + path + ")");
        }
        return path;
    }

    /** SUMO's time values: seconds, or {@code [[D:]H:]M:S}. */
    private static double time(XmlElement e, String value) throws InvalidInputException {
        String[] parts = value.trim().split(":");
        if (parts.length > 4) {
            throw e.error("'" + value + "' is not a time (seconds, or D:H:M:S)");
        }
        double[] scale = {1, 60, 3600, 86_400};
        double seconds = 0;
        for (int k = 0; k < parts.length; k++) {
            try {
                double part = Double.parseDouble(parts[parts.length - 1 - k].trim());
                if (!Double.isFinite(part)) {
                    throw new NumberFormatException();
                }
                seconds += part * scale[k];
            } catch (NumberFormatException ex) {
                throw e.error("'" + value + "' is not a time (seconds, or D:H:M:S)");
            }
        }
        return seconds;
    }
}
