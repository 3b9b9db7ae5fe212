package org.smartcity.traffic.network;

import java.util.Arrays;

/**
 * One phase of an intersection's signal plan: the road links it lets go and its planned duration.
 * Immutable. Road links are given by their global dense ids in the {@link RoadNetwork}.
 */
public final class SignalPhase {
    private final double duration_s;
    private final int[] roadLinks;
    private final int[] haltFirst;
    private final PhaseActuation actuation;

    public SignalPhase(double duration_s, int[] roadLinks) {
        this(duration_s, roadLinks, new int[0], null);
    }

    /**
     * @param haltFirst road links among {@code roadLinks} whose vehicles must halt at the stop line before
     *     they go (SUMO's {@code s} state, e.g. a right turn on red)
     * @param actuation how an actuated program stretches this phase, or null for a phase of fixed
     *     duration
     */
    public SignalPhase(double duration_s, int[] roadLinks, int[] haltFirst, PhaseActuation actuation) {
        if (!(duration_s >= 0) || !Double.isFinite(duration_s)) {
            throw new IllegalArgumentException("phase duration must be a finite number >= 0 s, got " + duration_s);
        }
        this.duration_s = duration_s;
        this.roadLinks = roadLinks.clone();
        Arrays.sort(this.roadLinks);
        this.haltFirst = haltFirst.clone();
        Arrays.sort(this.haltFirst);
        for (int link : this.haltFirst) {
            if (!allows(link)) {
                throw new IllegalArgumentException(
                        "road link " + link + " must halt first but the phase does not let it go");
            }
        }
        this.actuation = actuation;
    }

    /** True when vehicles on {@code roadLink} must halt at the stop line before they go in this phase. */
    public boolean haltsFirst(int roadLink) {
        return Arrays.binarySearch(haltFirst, roadLink) >= 0;
    }

    /** How an actuated program stretches this phase; null when its duration is fixed. */
    public PhaseActuation actuation() {
        return actuation;
    }

    public double duration_s() {
        return duration_s;
    }

    /** Number of road links this phase lets go. */
    public int roadLinkCount() {
        return roadLinks.length;
    }

    /** Global id of the i-th road link this phase lets go (ascending order). */
    public int roadLink(int i) {
        return roadLinks[i];
    }

    public boolean allows(int roadLink) {
        return Arrays.binarySearch(roadLinks, roadLink) >= 0;
    }
}
