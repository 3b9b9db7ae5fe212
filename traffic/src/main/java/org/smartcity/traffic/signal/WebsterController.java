package org.smartcity.traffic.signal;

/**
 * A fixed-time plan re-optimised every cycle from measured flows (Webster 1958). The candidate phases
 * run in order, each once per cycle. At the start of every cycle the controller estimates each lane's
 * arrival flow q over the last cycle from its stop-line counter and the change in the number of
 * vehicles on it (arrivals = departures + Δ vehicles within {@link Config#detectorRange_m}), smoothed
 * exponentially across cycles. A phase's critical flow ratio is y = max over its lanes of q / s, s the
 * saturation flow per lane; with Y = Σ y and L the lost time per cycle (one clearance per phase), the
 * cycle is C = (1.5 L + 5) / (1 − Y), clamped to [{@link Config#minCycle_s}, {@link Config#maxCycle_s}]
 * (the maximum when Y ≥ 1), and the effective green C − L is split in proportion to y. Every phase
 * keeps at least its minimum green and at most the protocol's maximum. The first cycle, before any
 * measurement, gives the phases equal greens from {@link Config#initialCycle_s}.
 *
 * <p>Under free phase lengths each decision returns the phase and its green (plus the clearance when
 * the phase changes). Under a fixed decision window (CityFlow protocol) the plan is rounded to whole
 * windows: a phase is kept for as many windows, at least one, as its clearance and green fill.
 */
public final class WebsterController implements SignalController {

    /**
     * Parameters of the Webster plan; defaults in {@link #DEFAULT}.
     *
     * @param saturationFlow_vehPerS saturation flow of one lane (vehicles per second of green); default
     *     0.5 veh/s = 1800 veh/h, the textbook value for a through lane
     * @param lostTimePerPhase_s lost time per phase change when the protocol runs no clearance phase
     *     (s); under a protocol with a clearance phase its duration is used instead; default 4 s
     * @param minCycle_s shortest cycle (s); default 30 s
     * @param maxCycle_s longest cycle (s), also used when the intersection is oversaturated (Y ≥ 1);
     *     default 150 s
     * @param initialCycle_s cycle of the first plan, split equally, before any flow is measured (s);
     *     default 60 s
     * @param minGreen_s shortest green of a phase (s), on top of the protocol's minimum; default 5 s
     * @param smoothing weight of the newest cycle's flows in the running estimate, in (0, 1]; default 0.5
     * @param detectorRange_m range of the vehicle count used for the arrival estimate, upstream of the
     *     stop line (m); default infinite: the whole lane, as max-pressure reads it
     */
    public record Config(
            double saturationFlow_vehPerS,
            double lostTimePerPhase_s,
            double minCycle_s,
            double maxCycle_s,
            double initialCycle_s,
            double minGreen_s,
            double smoothing,
            double detectorRange_m) {
        public static final Config DEFAULT = new Config(0.5, 4, 30, 150, 60, 5, 0.5, Double.POSITIVE_INFINITY);

        public Config {
            if (!(saturationFlow_vehPerS > 0) || !Double.isFinite(saturationFlow_vehPerS)) {
                throw new IllegalArgumentException("saturation flow must be a positive number of vehicles per second");
            }
            if (!(lostTimePerPhase_s >= 0) || !Double.isFinite(lostTimePerPhase_s)) {
                throw new IllegalArgumentException("lost time per phase must be >= 0 s");
            }
            if (!(minCycle_s > 0) || !(maxCycle_s >= minCycle_s) || !Double.isFinite(maxCycle_s)) {
                throw new IllegalArgumentException("need 0 < minimum cycle <= maximum cycle");
            }
            if (!(initialCycle_s > 0) || !Double.isFinite(initialCycle_s)) {
                throw new IllegalArgumentException("initial cycle must be positive");
            }
            if (!(minGreen_s >= 0) || !Double.isFinite(minGreen_s)) {
                throw new IllegalArgumentException("minimum green must be >= 0 s");
            }
            if (!(smoothing > 0 && smoothing <= 1)) {
                throw new IllegalArgumentException("smoothing must be in (0, 1], got " + smoothing);
            }
            if (!(detectorRange_m > 0)) {
                throw new IllegalArgumentException("detector range must be positive");
            }
        }
    }

    private final Config config;
    private final PhaseLanes phases;
    private final int[] lanes;
    private final boolean fixedWindow;
    private final double window_s;
    private final double clearance_s;
    private final double lostPerPhase_s;
    private final double minGreen_s;
    private final double maxGreen_s;

    // measurement state
    private final long[] lastDepartures;
    private final int[] lastVehicles;
    private final double[] flow_vehPerS;
    private double lastMeasurement_s = Double.NaN;
    private boolean measured;

    // plan state
    private final double[] green_s;
    private final int[] windows;
    private double cycle_s;
    private int slot = -1;
    private int windowsLeft;

    public WebsterController(IntersectionLayout layout, SignalProtocol protocol) {
        this(layout, protocol, Config.DEFAULT);
    }

    public WebsterController(IntersectionLayout layout, SignalProtocol protocol, Config config) {
        this.config = config;
        this.phases = PhaseLanes.of(layout, CandidatePhases.of(layout, protocol));
        this.lanes = phases.allLanes();
        this.fixedWindow = protocol.hasFixedWindow();
        this.window_s = CandidatePhases.window_s(protocol);
        this.clearance_s = protocol.clearancePhase() >= 0 ? protocol.clearance_s() : 0;
        this.lostPerPhase_s = protocol.clearancePhase() >= 0 ? protocol.clearance_s() : config.lostTimePerPhase_s();
        this.minGreen_s = Math.max(Math.max(config.minGreen_s(), protocol.minGreen_s()), 1);
        this.maxGreen_s = Math.max(minGreen_s, Math.min(protocol.maxGreen_s(), 1e6));
        this.lastDepartures = new long[lanes.length];
        this.lastVehicles = new int[lanes.length];
        this.flow_vehPerS = new double[lanes.length];
        this.green_s = new double[phases.size()];
        this.windows = new int[phases.size()];
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        if (fixedWindow) {
            if (slot >= 0 && windowsLeft > 0 && !context.mustChange()) {
                windowsLeft--;
                return new PhaseDecision(phases.phase(slot), window_s);
            }
            advance(context);
            windowsLeft = windows[slot] - 1;
            return new PhaseDecision(phases.phase(slot), window_s);
        }
        advance(context);
        int phase = phases.phase(slot);
        boolean change = context.currentPhase() >= 0 && phase != context.currentPhase();
        return new PhaseDecision(phase, green_s[slot] + (change ? clearance_s : 0));
    }

    /** Moves to the next phase of the plan, re-planning at the start of every cycle. */
    private void advance(SignalContext context) {
        slot = (slot + 1) % phases.size();
        if (slot == 0) {
            measure(context.time_s(), context.readings());
            plan();
        }
        if (context.mustChange() && phases.phase(slot) == context.currentPhase() && phases.size() > 1) {
            advance(context);
        }
    }

    private void measure(double time_s, LaneReadings readings) {
        double dt = Double.isNaN(lastMeasurement_s) ? 0 : time_s - lastMeasurement_s;
        for (int i = 0; i < lanes.length; i++) {
            long departures = readings.departures(lanes[i]);
            int vehicles = readings.vehicles(lanes[i], config.detectorRange_m());
            if (dt > 0) {
                long arrivals = Math.max(0, departures - lastDepartures[i] + vehicles - lastVehicles[i]);
                double rate = arrivals / dt;
                flow_vehPerS[i] =
                        measured ? config.smoothing() * rate + (1 - config.smoothing()) * flow_vehPerS[i] : rate;
            }
            lastDepartures[i] = departures;
            lastVehicles[i] = vehicles;
        }
        measured |= dt > 0;
        lastMeasurement_s = time_s;
    }

    /** Webster's cycle and green splits from the current flow estimates (equal splits before any). */
    private void plan() {
        int n = phases.size();
        double lost_s = n * lostPerPhase_s;
        double[] y = criticalFlowRatios();
        double sumY = 0;
        for (double v : y) {
            sumY += v;
        }
        if (!measured || sumY <= 0) {
            cycle_s = config.initialCycle_s();
            double each = Math.max(0, cycle_s - lost_s) / n;
            java.util.Arrays.fill(green_s, each);
        } else {
            cycle_s = websterCycle_s(sumY, lost_s, config);
            double effectiveGreen = Math.max(0, cycle_s - lost_s);
            for (int k = 0; k < n; k++) {
                green_s[k] = effectiveGreen * y[k] / sumY;
            }
        }
        for (int k = 0; k < n; k++) {
            green_s[k] = Math.min(maxGreen_s, Math.max(minGreen_s, green_s[k]));
            windows[k] = Math.max(1, (int) Math.round((green_s[k] + lostPerPhase_s) / window_s));
        }
    }

    /** Webster's optimal cycle (1.5 L + 5) / (1 − Y), clamped to the configured range; the longest when Y ≥ 1. */
    static double websterCycle_s(double sumY, double lost_s, Config config) {
        if (sumY >= 1) {
            return config.maxCycle_s();
        }
        return Math.min(config.maxCycle_s(), Math.max(config.minCycle_s(), (1.5 * lost_s + 5) / (1 - sumY)));
    }

    /** y of each candidate phase: the largest flow ratio q / s among its lanes. */
    double[] criticalFlowRatios() {
        double[] y = new double[phases.size()];
        for (int k = 0; k < y.length; k++) {
            for (int lane : phases.lanes(k)) {
                int i = indexOfLane(lane);
                y[k] = Math.max(y[k], flow_vehPerS[i] / config.saturationFlow_vehPerS());
            }
        }
        return y;
    }

    private int indexOfLane(int lane) {
        for (int i = 0; i < lanes.length; i++) {
            if (lanes[i] == lane) {
                return i;
            }
        }
        throw new IllegalStateException("lane " + lane + " is not served by any candidate phase");
    }

    /** Cycle length of the current plan (s). */
    double cycle_s() {
        return cycle_s;
    }

    /** Green of each candidate phase in the current plan (s), in candidate order. */
    double[] greens_s() {
        return green_s.clone();
    }

    /** Decision windows each candidate phase is kept for, under a fixed-window protocol. */
    int[] windows() {
        return windows.clone();
    }
}
