package org.smartcity.traffic.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a demand heavier with more vehicles of the same kind, seeded: the flows are kept unchanged,
 * and for every vehicle they release, {@code floor(factor - 1)} extra vehicles are added, plus one
 * more with probability {@code frac(factor - 1)}. An extra vehicle has the original's type and route
 * and departs a whole number of seconds in {@code [0, spread_s)} after it, so the routes, the mix
 * of turns and the shape of the demand over time stay those of the file. Extra vehicles are
 * single-vehicle flows appended after the original flows, so the original vehicles keep their
 * relative order. Stateless.
 */
public final class DemandScaling {
    /** Extra vehicles depart up to this long after the vehicle they copy. */
    public static final double SPREAD_S = 60;

    /** Largest factor accepted; beyond it nothing but gridlock is measured. */
    public static final double MAX_FACTOR = 4;

    private DemandScaling() {}

    /**
     * The demand with about {@code factor} times as many vehicles; {@code factor == 1} returns
     * {@code demand} itself.
     *
     * @param factor in [1, {@link #MAX_FACTOR}]
     * @param seed seed of the draws; the same seed gives the same demand
     * @throws IllegalArgumentException for a factor outside [1, {@link #MAX_FACTOR}]
     */
    public static Demand scaled(Demand demand, double factor, long seed) {
        if (!(factor >= 1 && factor <= MAX_FACTOR)) {
            throw new IllegalArgumentException("demand scale must be between 1 and " + MAX_FACTOR + ", got " + factor);
        }
        if (factor == 1) {
            return demand;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double extra = factor - 1;
        int whole = (int) Math.floor(extra);
        double fraction = extra - whole;
        List<Flow> flows = new ArrayList<>(demand.flows());
        for (Flow flow : demand.flows()) {
            int[] route = flow.route();
            for (int k = 0; k < flow.vehicleCount(); k++) {
                double departure_s = flow.startTime_s() + k * flow.interval_s();
                int copies = whole + (random.nextDouble() < fraction ? 1 : 0);
                for (int c = 0; c < copies; c++) {
                    double at_s = departure_s + random.nextInt((int) SPREAD_S);
                    flows.add(new Flow(flow.vehicleType(), route, 1.0, at_s, at_s));
                }
            }
        }
        return new Demand(flows);
    }
}
