package org.smartcity.traffic.signal;

import java.util.Locale;

/**
 * How decisions turn into signal states: the same rules for every controller, enforced by {@link
 * SignalRunner}.
 *
 * @param name protocol name as given on the command line
 * @param decisionInterval_s controllers are asked every this many seconds, a clearance being taken
 *     out of the window (the research protocol); 0 = free phase lengths: controllers are asked when
 *     the duration they chose runs out, and a clearance is added before the new green
 * @param clearancePhase index of the phase shown between two different phases (yellow/all-red), or
 *     -1 for none
 * @param clearance_s how long the clearance phase runs
 * @param minGreen_s a phase keeps its green at least this long (free phase lengths only; a fixed
 *     window gives {@code decisionInterval_s - clearance_s})
 * @param maxGreen_s after this long in green the controller must choose another phase (infinite =
 *     no limit)
 */
public record SignalProtocol(
        String name,
        double decisionInterval_s,
        int clearancePhase,
        double clearance_s,
        double minGreen_s,
        double maxGreen_s) {

    /**
     * CityFlow research protocol: decide every 15 s; a change first runs phase 0 for 5 s inside the
     * window. No maximum green, as in the published benchmarks.
     */
    public static final SignalProtocol CITYFLOW = new SignalProtocol("cityflow", 15, 0, 5, 0, Double.POSITIVE_INFINITY);

    /**
     * The LLMLight benchmark's protocol (Lai et al., KDD 2025, as its public code runs it): decide every 30 s among
     * phases 1–4; a change first runs phase 0 for 5 s inside the window. For comparing with published figures.
     */
    public static final SignalProtocol LLMLIGHT = new SignalProtocol("llmlight", 30, 0, 5, 0, Double.POSITIVE_INFINITY);

    /**
     * Practitioner protocol: free phase lengths with a minimum green of 10 s, a 5 s clearance (phase 0)
     * before every change and a maximum green of 60 s.
     */
    public static final SignalProtocol PRACTITIONER = new SignalProtocol("practitioner", 0, 0, 5, 10, 60);

    /** The controller sets each phase's duration itself; no clearance, minimum or maximum is added. */
    public static final SignalProtocol NATIVE = new SignalProtocol("native", 0, -1, 0, 0, Double.POSITIVE_INFINITY);

    public SignalProtocol {
        if (!(decisionInterval_s >= 0) || !Double.isFinite(decisionInterval_s)) {
            throw new IllegalArgumentException("decision interval must be >= 0 s, got " + decisionInterval_s);
        }
        if (clearancePhase >= 0
                && !(clearance_s > 0 && (decisionInterval_s == 0 || clearance_s < decisionInterval_s))) {
            throw new IllegalArgumentException(
                    "clearance must be positive and shorter than the decision interval, got " + clearance_s + " s");
        }
        if (!(minGreen_s >= 0) || !Double.isFinite(minGreen_s)) {
            throw new IllegalArgumentException("minimum green must be >= 0 s, got " + minGreen_s);
        }
        if (!(maxGreen_s > 0) || maxGreen_s < minGreen_s) {
            throw new IllegalArgumentException(
                    "maximum green must be positive and at least the minimum green, got " + maxGreen_s + " s");
        }
    }

    /** True when decisions come at a fixed interval rather than at the controller's chosen durations. */
    public boolean hasFixedWindow() {
        return decisionInterval_s > 0;
    }

    /** Looks a protocol up by name ({@code cityflow}, {@code llmlight}, {@code practitioner}, {@code native}); case-insensitive. */
    public static SignalProtocol byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cityflow" -> CITYFLOW;
            case "practitioner" -> PRACTITIONER;
            case "llmlight" -> LLMLIGHT;
            case "native", "plan" -> NATIVE;
            default ->
                throw new IllegalArgumentException(
                        "unknown protocol '" + name + "'; known protocols: cityflow, llmlight, practitioner, native");
        };
    }
}
