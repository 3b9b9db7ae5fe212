package org.smartcity.traffic.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The registry of signal controllers by name. Controllers are registered explicitly here; later
 * controllers add one line. Immutable after construction.
 */
public final class SignalControllers {
    private final Map<String, Entry> entries;

    /** A registered controller with its default protocol and a one-line description. */
    public record Entry(
            String name, SignalProtocol defaultProtocol, String description, SignalControllerFactory factory) {}

    private SignalControllers(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * The built-in controllers: {@code plan}, {@code fixed-cycle}, {@code max-pressure}, {@code webster},
     * {@code actuated}, {@code sotl}, {@code green-wave}.
     */
    public static SignalControllers builtIn() {
        Map<String, Entry> m = new LinkedHashMap<>();
        add(
                m,
                new Entry(
                        "plan",
                        SignalProtocol.NATIVE,
                        "the roadnet's own phases and durations, cycled",
                        (layout, protocol) -> new PlanController(layout)));
        add(
                m,
                new Entry(
                        "fixed-cycle",
                        SignalProtocol.CITYFLOW,
                        "phases 1→2→3→4, one decision window each",
                        FixedCycleController::new));
        add(
                m,
                new Entry(
                        "max-pressure",
                        SignalProtocol.CITYFLOW,
                        "the phase with the largest waiting-vehicle pressure, every window",
                        MaxPressureController::new));
        add(
                m,
                new Entry(
                        "webster",
                        SignalProtocol.PRACTITIONER,
                        "fixed-time plan re-optimised every cycle from measured flows (Webster)",
                        WebsterController::new));
        add(
                m,
                new Entry(
                        "actuated",
                        SignalProtocol.PRACTITIONER,
                        "phases in turn, extended while vehicles arrive: gap-out / max-out",
                        ActuatedController::new));
        add(
                m,
                new Entry(
                        "sotl",
                        SignalProtocol.PRACTITIONER,
                        "self-organising: switch when demand on red passes a threshold",
                        SotlController::new));
        add(
                m,
                new Entry(
                        "green-wave",
                        SignalProtocol.PRACTITIONER,
                        "common cycle, offsets from link travel times along the corridor",
                        GreenWaveController::new));
        add(
                m,
                new Entry(
                        "max-service",
                        SignalProtocol.CITYFLOW,
                        "smartcity's own: the phase that serves the most vehicles in the green it would really get",
                        MaxServiceController::new));
        return new SignalControllers(m);
    }

    private static void add(Map<String, Entry> m, Entry e) {
        if (m.put(e.name(), e) != null) {
            throw new IllegalStateException("controller '" + e.name() + "' registered twice");
        }
    }

    public Set<String> names() {
        return entries.keySet();
    }

    /** The controller called {@code name}; throws with the list of known names when there is none. */
    public Entry get(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            throw new IllegalArgumentException(
                    "unknown controller '" + name + "'; known controllers: " + String.join(", ", entries.keySet()));
        }
        return e;
    }
}
