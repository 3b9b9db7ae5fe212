package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.List;
import org.smartcity.traffic.cityflow.InvalidInputException;

/**
 * The parts of a SUMO configuration ({@code .sumocfg}) smartcity uses: the network file, the first
 * route file (resolved against the configuration's folder) and the time window. Immutable.
 *
 * @param begin_s {@code <begin value>}, default 0
 * @param end_s {@code <end value>}, default begin + 3600
 */
public record SumoConfig(Path net, Path routes, double begin_s, double end_s) {

    /** Reads {@code file}; a missing net or route file entry is an error naming the file and line. */
    public static SumoConfig read(Path file) throws InvalidInputException {
        XmlElement root = XmlTreeParser.parse(file);
        Path dir = file.toAbsolutePath().getParent();
        String net = null;
        String routes = null;
        double begin = 0;
        Double end = null;
        for (XmlElement section : root.children()) {
            for (XmlElement e : section.children()) {
                switch (e.name()) {
                    case "net-file" -> net = e.text("value");
                    case "route-files" ->
                        routes = List.of(e.text("value").split(",")).get(0).trim();
                    case "begin" -> begin = e.number("value");
                    case "end" -> end = e.number("value");
                    default -> {}
                }
            }
        }
        if (net == null || routes == null) {
            throw root.error("a configuration needs <net-file> and <route-files> in <input>");
        }
        double last = end == null ? begin + 3600 : end;
        if (!(last > begin)) {
            throw root.error("end " + last + " must be after begin " + begin);
        }
        return new SumoConfig(dir.resolve(net), dir.resolve(routes), begin, last);
    }
}
