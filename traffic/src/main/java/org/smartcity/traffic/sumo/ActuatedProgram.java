package org.smartcity.traffic.sumo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.network.PhaseActuation;
import org.smartcity.traffic.network.RoadNetworkBuilder;

/**
 * Reads how a SUMO {@code type="actuated"} program stretches its phases: each phase's {@code minDur}
 * and {@code maxDur} (both default to {@code duration}; a phase is actuated when they differ), the
 * program's {@code max-gap}, {@code detector-gap} and {@code passing-time} parameters, and which lane
 * links count for detection in each phase. A link shown {@code G} counts; one shown {@code g} counts
 * when its road has a single car lane, or when it is never {@code G} in the program (or is a
 * turnaround) and another link from the same lane is {@code G} in the phase, as SUMO decides which
 * green a loop measures.
 */
final class ActuatedProgram {
    private ActuatedProgram() {}

    /**
     * One entry per {@code <phase>} of {@code logic}, in file order: its actuation, or null when the
     * phase's duration is fixed.
     */
    static List<PhaseActuation> read(
            XmlElement logic, List<SumoNetReader.Connection> connections, RoadNetworkBuilder builder)
            throws InvalidInputException {
        Map<String, String> params = new HashMap<>();
        for (XmlElement p : logic.children("param")) {
            params.put(p.text("key"), p.text("value", ""));
        }
        double maxGap = parameter(logic, params, "max-gap", PhaseActuation.DEFAULT_MAX_GAP_S);
        double detectorGap = parameter(logic, params, "detector-gap", PhaseActuation.DEFAULT_DETECTOR_GAP_S);
        double passingTime = parameter(logic, params, "passing-time", PhaseActuation.DEFAULT_PASSING_TIME_S);
        List<XmlElement> phases = logic.children("phase");
        boolean[] neverMajor = neverMajor(phases, connections);
        List<PhaseActuation> result = new ArrayList<>();
        for (XmlElement phase : phases) {
            double duration = phase.number("duration");
            double minDur = phase.number("minDur", duration);
            double maxDur = phase.number("maxDur", duration);
            if (!(minDur < maxDur)) {
                result.add(null);
                continue;
            }
            if (!(minDur >= 0) || !Double.isFinite(maxDur)) {
                throw phase.error(
                        "an actuated phase needs 0 <= minDur < maxDur, got minDur " + minDur + " and maxDur " + maxDur);
            }
            String state = phase.text("state");
            List<Integer> actuating = new ArrayList<>();
            for (SumoNetReader.Connection c : connections) {
                if (c.tl() != null
                        && c.linkIndex() < state.length()
                        && actuates(c, state, neverMajor, connections, builder)) {
                    actuating.add(c.laneLink());
                }
            }
            result.add(new PhaseActuation(
                    minDur,
                    maxDur,
                    maxGap,
                    detectorGap,
                    passingTime,
                    actuating.stream().mapToInt(Integer::intValue).toArray()));
        }
        return result;
    }

    private static double parameter(XmlElement logic, Map<String, String> params, String key, double fallback)
            throws InvalidInputException {
        String value = params.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(value.trim());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw logic.error("parameter '" + key + "' must be a positive number of seconds, got '" + value + "'");
    }

    /** Per link index: true when no phase shows it {@code G}. */
    private static boolean[] neverMajor(List<XmlElement> phases, List<SumoNetReader.Connection> connections)
            throws InvalidInputException {
        int links = 0;
        for (SumoNetReader.Connection c : connections) {
            links = Math.max(links, c.linkIndex() + 1);
        }
        boolean[] never = new boolean[links];
        java.util.Arrays.fill(never, true);
        for (XmlElement phase : phases) {
            String state = phase.text("state");
            for (int i = 0; i < Math.min(links, state.length()); i++) {
                if (state.charAt(i) == 'G') {
                    never[i] = false;
                }
            }
        }
        return never;
    }

    private static boolean actuates(
            SumoNetReader.Connection c,
            String state,
            boolean[] neverMajor,
            List<SumoNetReader.Connection> connections,
            RoadNetworkBuilder builder)
            throws InvalidInputException {
        char shown = state.charAt(c.linkIndex());
        if (shown == 'G') {
            return true;
        }
        if (shown != 'g') {
            return false;
        }
        String fromEdge = c.element().text("from");
        if (builder.laneCountOf(builder.road(fromEdge)) == 1) {
            return true;
        }
        boolean turnaround = "t".equals(c.element().text("dir", ""));
        if (!neverMajor[c.linkIndex()] && !turnaround) {
            return false;
        }
        String fromLane = c.element().text("fromLane");
        for (SumoNetReader.Connection other : connections) {
            if (other.tl() != null
                    && other.linkIndex() < state.length()
                    && state.charAt(other.linkIndex()) == 'G'
                    && fromEdge.equals(other.element().text("from"))
                    && fromLane.equals(other.element().text("fromLane"))) {
                return true;
            }
        }
        return false;
    }
}
