package org.smartcity.traffic.signal;

/**
 * Gap-out / max-out actuated control, as fully actuated signals with stop-line detectors run it.
 * Cycles through the candidate phases in order, skipping phases nobody calls. A green lasts at least
 * its minimum (the protocol's, or {@link Config#minGreen_s} when that is longer); it is then extended
 * second by second while vehicles keep moving towards the stop line in the detection zone of the
 * phase's lanes, gaps out as soon as the zone holds none, and maxes out after {@link
 * Config#maxGreen_s} (the protocol's maximum green applies too). A phase is called when its lanes hold
 * a vehicle within {@link Config#callRange_m} of the stop line; when no other phase is called the
 * green rests where it is.
 *
 * <p>Under free phase lengths the controller asks again every {@link Config#extensionStep_s}; under a
 * fixed decision window (CityFlow protocol) the extension test runs once per window.
 */
public final class ActuatedController implements SignalController {
    private static final double EPS = 1e-9;

    /**
     * Parameters of the actuated controller; defaults in {@link #DEFAULT}.
     *
     * @param minGreen_s green kept at least this long (s), on top of the protocol's own minimum; matters
     *     under protocols without one ({@code native}); default 5 s
     * @param maxGreen_s a green is ended (maxed out) once it has lasted this long, even with vehicles
     *     still arriving (s); default 40 s
     * @param detectionZone_m length of the detection zone upstream of the stop line (m): a moving vehicle
     *     in it extends the green; default 30 m, about 2.7 s of travel at 40 km/h (the passage time)
     * @param callRange_m a red phase is called (not skipped) when a vehicle is on its lanes within this
     *     distance of the stop line (m); default 150 m
     * @param extensionStep_s how often the green is re-examined under free phase lengths (s); default 1 s
     */
    public record Config(
            double minGreen_s, double maxGreen_s, double detectionZone_m, double callRange_m, double extensionStep_s) {
        public static final Config DEFAULT = new Config(5, 40, 30, 150, 1);

        public Config {
            if (!(minGreen_s >= 0) || !(maxGreen_s > minGreen_s) || !Double.isFinite(maxGreen_s)) {
                throw new IllegalArgumentException(
                        "need 0 <= minimum green < maximum green, got " + minGreen_s + " s and " + maxGreen_s + " s");
            }
            if (!(detectionZone_m > 0) || !(callRange_m > 0)) {
                throw new IllegalArgumentException("detection zone and call range must be positive");
            }
            if (!(extensionStep_s > 0) || !Double.isFinite(extensionStep_s)) {
                throw new IllegalArgumentException("extension step must be a positive number of seconds");
            }
        }
    }

    private final Config config;
    private final PhaseLanes phases;
    private final boolean fixedWindow;
    private final double window_s;
    private final double minGreen_s;
    private final double changeDuration_s;
    private int position = -1;

    public ActuatedController(IntersectionLayout layout, SignalProtocol protocol) {
        this(layout, protocol, Config.DEFAULT);
    }

    public ActuatedController(IntersectionLayout layout, SignalProtocol protocol, Config config) {
        this.config = config;
        this.phases = PhaseLanes.of(layout, CandidatePhases.of(layout, protocol));
        this.fixedWindow = protocol.hasFixedWindow();
        this.window_s = CandidatePhases.window_s(protocol);
        this.minGreen_s = Math.max(config.minGreen_s(), protocol.minGreen_s());
        double clearance = protocol.clearancePhase() >= 0 ? protocol.clearance_s() : 0;
        this.changeDuration_s = clearance + minGreen_s;
    }

    @Override
    public PhaseDecision decide(SignalContext context) {
        LaneReadings readings = context.readings();
        int k = phases.indexOf(context.currentPhase());
        if (k < 0) {
            // first decision, or the runner forced a phase outside the candidates: start the cycle
            int next = phases.nextWithDemand(position, -1, readings, config.callRange_m());
            int start = next < 0 ? Math.floorMod(position + 1, phases.size()) : next;
            return context.currentPhase() < 0
                    ? keep(start, Math.max(minGreen_s, config.extensionStep_s()))
                    : switchTo(start);
        }
        position = k;
        double green = context.currentGreen_s();
        if (!context.mustChange()) {
            if (green + EPS < minGreen_s) {
                return keep(k, minGreen_s - green);
            }
            if (green + EPS < config.maxGreen_s() && phases.moving(k, readings, config.detectionZone_m()) > 0) {
                return keep(k, config.extensionStep_s());
            }
        }
        int next = phases.nextWithDemand(k, k, readings, config.callRange_m());
        if (next < 0) {
            if (!context.mustChange() || phases.size() == 1) {
                return keep(k, config.extensionStep_s()); // rest in green: nobody else is waiting
            }
            next = (k + 1) % phases.size();
        }
        return switchTo(next);
    }

    private PhaseDecision keep(int k, double duration_s) {
        position = k;
        return new PhaseDecision(phases.phase(k), fixedWindow ? window_s : duration_s);
    }

    private PhaseDecision switchTo(int k) {
        position = k;
        return new PhaseDecision(phases.phase(k), fixedWindow ? window_s : changeDuration_s);
    }
}
