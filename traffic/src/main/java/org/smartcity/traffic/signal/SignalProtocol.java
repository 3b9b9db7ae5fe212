package org.smartcity.traffic.signal;

import java.util.Locale;

/**
 * How decisions turn into signal states, the same for every controller.
 *
 * @param name protocol name as given on the command line
 * @param decisionInterval_s controllers are asked every this many seconds (0 = when the controller's
 *     own chosen duration runs out)
 * @param clearancePhase index of the phase that runs between two different phases (yellow/all-red),
 *     or -1 for none
 * @param clearance_s how long the clearance phase runs, taken from the start of the new window
 */
public record SignalProtocol(String name, double decisionInterval_s, int clearancePhase, double clearance_s) {

    /** CityFlow research protocol: decide every 15 s; a change first runs phase 0 for 5 s. */
    public static final SignalProtocol CITYFLOW = new SignalProtocol("cityflow", 15, 0, 5);

    /** The controller sets each phase's duration itself and no clearance is added. */
    public static final SignalProtocol NATIVE = new SignalProtocol("native", 0, -1, 0);

    public SignalProtocol {
        if (!(decisionInterval_s >= 0) || !Double.isFinite(decisionInterval_s)) {
            throw new IllegalArgumentException("decision interval must be >= 0 s, got " + decisionInterval_s);
        }
        if (clearancePhase >= 0
                && !(clearance_s > 0 && (decisionInterval_s == 0 || clearance_s < decisionInterval_s))) {
            throw new IllegalArgumentException(
                    "clearance must be positive and shorter than the decision interval, got " + clearance_s + " s");
        }
    }

    /** True when decisions come at a fixed interval rather than at the controller's chosen durations. */
    public boolean hasFixedWindow() {
        return decisionInterval_s > 0;
    }

    /** Looks a protocol up by name ({@code cityflow}, {@code native}); case-insensitive. */
    public static SignalProtocol byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "cityflow" -> CITYFLOW;
            case "native", "plan" -> NATIVE;
            default ->
                throw new IllegalArgumentException(
                        "unknown protocol '" + name + "'; known protocols: cityflow, native");
        };
    }
}
