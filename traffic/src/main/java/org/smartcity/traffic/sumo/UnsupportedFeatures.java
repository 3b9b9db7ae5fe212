package org.smartcity.traffic.sumo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what a SUMO file asks for that smartcity does not model, so that it is named in a
 * warning rather than silently ignored: each distinct feature once, with the file, the first line
 * it appears on and how often it appears. Not thread-safe; one per read.
 */
final class UnsupportedFeatures {
    /**
     * Display-only or identity attributes, and {@code arrival} (a result SUMO's route output records,
     * not an instruction): reading past them changes nothing.
     */
    private static final Set<String> HARMLESS =
            Set.of("id", "color", "guiShape", "imgFile", "name", "type", "vClass", "arrival");

    private record Seen(String file, int line, int count) {}

    private final Map<String, Seen> seen = new TreeMap<>();

    /** Notes every attribute of {@code element} outside {@code understood} (and the harmless ones). */
    void attributes(XmlElement element, Set<String> understood, String what) {
        for (String attribute : element.attributes().keySet()) {
            if (!understood.contains(attribute) && !HARMLESS.contains(attribute)) {
                note(element, "<" + element.name() + "> attribute '" + attribute + "' is not modelled; " + what);
            }
        }
    }

    void note(XmlElement element, String message) {
        Seen s = seen.get(message);
        seen.put(
                message,
                s == null
                        ? new Seen(element.file().getFileName().toString(), element.line(), 1)
                        : new Seen(s.file(), s.line(), s.count() + 1));
    }

    /** One line per feature: {@code FILE: line N: MESSAGE (K times)}. */
    List<String> warnings() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Seen> e : seen.entrySet()) {
            Seen s = e.getValue();
            lines.add(s.file() + ": line " + s.line() + ": " + e.getKey()
                    + (s.count() > 1 ? " (" + s.count() + " times)" : ""));
        }
        return lines;
    }
}
