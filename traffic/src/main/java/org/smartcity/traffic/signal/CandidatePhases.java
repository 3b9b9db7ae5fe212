package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * The phases an adaptive or cycling controller may choose from: by default the first four phases that
 * are not the protocol's clearance phase and let at least one movement go (phases 1–4 of a CityFlow
 * roadnet, the benchmark convention).
 */
final class CandidatePhases {
    private CandidatePhases() {}

    static int[] of(IntersectionLayout layout, SignalProtocol protocol) {
        List<Integer> phases = new ArrayList<>();
        for (int p = 0; p < layout.phaseCount() && phases.size() < 4; p++) {
            if (p != protocol.clearancePhase() && layout.movementsOf(p).length > 0) {
                phases.add(p);
            }
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("intersection '" + layout.id() + "' has no phase to choose from");
        }
        return phases.stream().mapToInt(Integer::intValue).toArray();
    }

    static double window_s(SignalProtocol protocol) {
        return protocol.hasFixedWindow() ? protocol.decisionInterval_s() : 15.0;
    }
}
