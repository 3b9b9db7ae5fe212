package org.smartcity.traffic.signal;

import java.util.Arrays;

/**
 * Self-organising traffic lights, "SOTL-platoon" (Gershenson 2005; Cools, Gershenson and D'Hooghe
 * 2013), over the candidate phases. A counter κ adds up, in vehicle·seconds, the vehicles waiting at
 * or approaching the red phases (within {@link Config#countRange_m} of their stop lines); it is
 * sampled at every decision and multiplied by the time since the previous one, and reset at every
 * switch. Rules, after the green has lasted its minimum (the protocol's, or {@link
 * Config#minGreen_s} when longer):
 *
 * <ol>
 *   <li>nobody on a red phase within range: keep the green;
 *   <li>nobody approaching the green within range, somebody on red: switch;
 *   <li>κ ≥ θ ({@link Config#threshold_vehS}): switch, unless a short platoon is about to cross — 1
 *       to {@link Config#platoonMaxVehicles} vehicles moving within {@link Config#platoonRange_m} of
 *       the green stop lines — in which case it is let through first (a long platoon does not hold
 *       the green: it would starve the others).
 * </ol>
 *
 * <p>The next phase is the next candidate in cyclic order with a vehicle within range, so every
 * phase with demand is served once per round. The "stopped vehicles downstream" rules of SOTL are
 * left out: the readings only see the downstream end of each lane. Under free phase lengths the
 * controller asks again every {@link Config#step_s}; under a fixed window, once per window.
 */
public final class SotlController implements SignalController {
    private static final double EPS = 1e-9;

    /**
     * Parameters of SOTL; defaults in {@link #DEFAULT}.
     *
     * @param threshold_vehS θ, the vehicle·seconds of demand on red that ends a green; default 40 (e.g.
     *     4 vehicles waiting for 10 s)
     * @param countRange_m vehicles within this distance of a stop line count as waiting at or
     *     approaching it (m); default 100 m
     * @param platoonRange_m distance from the green stop lines within which an approaching platoon holds
     *     the switch (m); default 25 m
     * @param platoonMaxVehicles a platoon holds the switch only with at most this many vehicles;
     *     default 3
     * @param minGreen_s green kept at least this long (s), on top of the protocol's minimum; default 5 s
     * @param step_s how often the controller is asked under free phase lengths (s); default 1 s
     */
    public record Config(
            double threshold_vehS,
            double countRange_m,
            double platoonRange_m,
            int platoonMaxVehicles,
            double minGreen_s,
            double step_s) {
        public static final Config DEFAULT = new Config(40, 100, 25, 3, 5, 1);

        public Config {
            if (!(threshold_vehS > 0) || !Double.isFinite(threshold_vehS)) {
                throw new IllegalArgumentException("threshold must be a positive number of vehicle·seconds");
            }
            if (!(countRange_m > 0) || !(platoonRange_m > 0) || platoonMaxVehicles < 0) {
                throw new IllegalArgumentException("ranges must be positive and the platoon size not negative");
            }
            if (!(minGreen_s >= 0) || !Double.isFinite(minGreen_s) || !(step_s > 0) || !Double.isFinite(step_s)) {
                throw new IllegalArgumentException("minimum green must be >= 0 s and the step positive");
            }
        }
    }

    private final Config config;
    private final PhaseLanes phases;
    /** Per candidate k: the lanes of the other candidates that are not also k's lanes. */
    private final int[][] redLanes;

    private final boolean fixedWindow;
    private final double window_s;
    private final double minGreen_s;
    private final double changeDuration_s;
    private double counter_vehS;
    private double lastDecision_s = Double.NaN;
    private int position = -1;

    public SotlController(IntersectionLayout layout, SignalProtocol protocol) {
        this(layout, protocol, Config.DEFAULT);
    }

    public SotlController(IntersectionLayout layout, SignalProtocol protocol, Config config) {
        this.config = config;
        this.phases = PhaseLanes.of(layout, CandidatePhases.of(layout, protocol));
        int[] all = phases.allLanes();
        this.redLanes = new int[phases.size()][];
        for (int k = 0; k < phases.size(); k++) {
            int[] own = phases.lanes(k);
            redLanes[k] = Arrays.stream(all)
                    .filter(lane -> Arrays.stream(own).noneMatch(o -> o == lane))
                    .toArray();
        }
        this.fixedWindow = protocol.hasFixedWindow();
        this.window_s = CandidatePhases.window_s(protocol);
        this.minGreen_s = Math.max(config.minGreen_s(), protocol.minGreen_s());
        double clearance = protocol.clearancePhase() >= 0 ? protocol.clearance_s() : 0;
        this.changeDuration_s = clearance + Math.max(minGreen_s, config.step_s());
    }

    /** The counter κ in vehicle·seconds as of the last decision (for tests and reports). */
    double counter_vehS() {
        return counter_vehS;
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        LaneReadings readings = context.readings();
        double now = context.time_s();
        double dt = Double.isNaN(lastDecision_s) ? 0 : Math.max(0, now - lastDecision_s);
        lastDecision_s = now;
        int k = phases.indexOf(context.currentPhase());
        if (k < 0) {
            int next = phases.nextWithDemand(position, -1, readings, config.countRange_m());
            int start = next < 0 ? Math.floorMod(position + 1, phases.size()) : next;
            counter_vehS = 0;
            position = start;
            return new PhaseDecision(
                    phases.phase(start),
                    context.currentPhase() < 0 ? Math.max(minGreen_s, config.step_s()) : changeDuration_s);
        }
        position = k;
        int onRed = 0;
        for (int lane : redLanes[k]) {
            onRed += readings.vehicles(lane, config.countRange_m());
        }
        counter_vehS += onRed * dt;
        int next = phases.nextWithDemand(k, k, readings, config.countRange_m());
        if (context.mustChange()) {
            return switchTo(next < 0 ? (k + 1) % phases.size() : next);
        }
        double green = context.currentGreen_s();
        if (green + EPS < minGreen_s) {
            return keep(k, minGreen_s - green);
        }
        if (next < 0) {
            return keep(k, config.step_s());
        }
        if (phases.vehicles(k, readings, config.countRange_m()) == 0) {
            return switchTo(next);
        }
        if (counter_vehS + EPS >= config.threshold_vehS()) {
            int platoon = phases.moving(k, readings, config.platoonRange_m());
            if (platoon > 0 && platoon <= config.platoonMaxVehicles()) {
                return keep(k, config.step_s());
            }
            return switchTo(next);
        }
        return keep(k, config.step_s());
    }

    private PhaseDecision keep(int k, double duration_s) {
        return new PhaseDecision(phases.phase(k), fixedWindow ? window_s : duration_s);
    }

    private PhaseDecision switchTo(int k) {
        counter_vehS = 0;
        position = k;
        return new PhaseDecision(phases.phase(k), fixedWindow ? window_s : changeDuration_s);
    }
}
