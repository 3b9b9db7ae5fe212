package org.smartcity.traffic.network;

import java.util.Arrays;

/**
 * One phase of an intersection's signal plan: the road links it lets go and its planned duration.
 * Immutable. Road links are given by their global dense ids in the {@link RoadNetwork}.
 */
public final class SignalPhase {
    private final double duration_s;
    private final int[] roadLinks;

    public SignalPhase(double duration_s, int[] roadLinks) {
        if (!(duration_s >= 0) || !Double.isFinite(duration_s)) {
            throw new IllegalArgumentException("phase duration must be a finite number >= 0 s, got " + duration_s);
        }
        this.duration_s = duration_s;
        this.roadLinks = roadLinks.clone();
        Arrays.sort(this.roadLinks);
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
