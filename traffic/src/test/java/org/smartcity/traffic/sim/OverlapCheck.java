package org.smartcity.traffic.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds vehicles that overlap the vehicle ahead of them on the same lane or lane link (test helper). */
final class OverlapCheck {
    private static final double EPS = 1e-6;

    private OverlapCheck() {}

    /**
     * Descriptions of every vehicle whose front is inside the vehicle ahead of it on the same drivable;
     * all vehicles are assumed to be {@code length_m} long.
     */
    static List<String> overlaps(Simulation simulation, double length_m) {
        List<String> found = new ArrayList<>();
        int[] ahead = {-1};
        int[] aheadDrivable = {-1};
        boolean[] aheadOnLink = {false};
        double[] aheadPos = {0};
        simulation.forEachRunningVehicle((v, drivable, onLink, pos, speed) -> {
            if (drivable == aheadDrivable[0] && onLink == aheadOnLink[0]) {
                double gap = aheadPos[0] - length_m - pos;
                if (gap < -EPS) {
                    found.add(String.format(
                            Locale.ROOT,
                            "t=%.0f s %s %d: vehicle %d at %.2f m is %.2f m into vehicle %d at %.2f m",
                            simulation.time_s(),
                            onLink ? "lane link" : "lane",
                            drivable,
                            v,
                            pos,
                            -gap,
                            ahead[0],
                            aheadPos[0]));
                }
            }
            ahead[0] = v;
            aheadDrivable[0] = drivable;
            aheadOnLink[0] = onLink;
            aheadPos[0] = pos;
        });
        return found;
    }
}
