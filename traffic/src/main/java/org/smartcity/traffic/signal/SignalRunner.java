package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;

/**
 * Runs one controller per signalised intersection under a {@link SignalProtocol} and exposes which
 * road links are green. Unsignalised, non-virtual intersections let every road link go. The protocol
 * rules (decision times, clearance before a change) are enforced here, for every controller alike.
 * {@link PriorityRequests} (emergency pre-emption) override the controllers under the same clearance
 * rule. Not thread-safe; used by the simulation thread.
 */
public final class SignalRunner {
    private static final double EPS = 1e-9;
    private final RoadNetwork network;
    private final SignalProtocol protocol;
    private final int[] signalised;
    private final SignalController[] controllers;
    private final int[] decidedPhase;
    private final int[] shownPhase;
    private final double[] nextDecision_s;
    private final double[] clearanceEnd_s;
    private final double[] greenStart_s;
    private int clearances;
    private long decisions;
    private long decisionNanos;
    private final boolean[] roadLinkGreen;
    /** The phase shown at each intersection (by intersection id), null before the first or without a signal. */
    private final SignalPhase[] shownPhases;

    private int phaseChanges;
    private PriorityRequests priority = PriorityRequests.NONE;
    private final boolean[] preempted;
    private int preemptions;

    public SignalRunner(RoadNetwork network, SignalControllerFactory factory, SignalProtocol protocol) {
        this.network = network;
        this.protocol = protocol;
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < network.intersectionCount(); i++) {
            if (network.isSignalised(i)) {
                ids.add(i);
            }
        }
        this.signalised = ids.stream().mapToInt(Integer::intValue).toArray();
        this.controllers = new SignalController[signalised.length];
        for (int k = 0; k < signalised.length; k++) {
            controllers[k] = factory.create(new IntersectionLayout(network, signalised[k]), protocol);
        }
        this.decidedPhase = new int[signalised.length];
        this.shownPhase = new int[signalised.length];
        Arrays.fill(decidedPhase, -1);
        Arrays.fill(shownPhase, -1);
        this.nextDecision_s = new double[signalised.length];
        this.clearanceEnd_s = new double[signalised.length];
        this.greenStart_s = new double[signalised.length];
        this.preempted = new boolean[signalised.length];
        this.roadLinkGreen = new boolean[network.roadLinkCount()];
        this.shownPhases = new SignalPhase[network.intersectionCount()];
        for (int link = 0; link < roadLinkGreen.length; link++) {
            roadLinkGreen[link] = !network.isSignalised(network.roadLinkIntersection(link));
        }
    }

    /** Brings every signal to its state for the step that starts at {@code time_s}. */
    public void update(double time_s, LaneReadings readings) {
        for (int k = 0; k < signalised.length; k++) {
            int requested = priority.requestedPhase(signalised[k], time_s);
            if (requested >= 0) {
                preempt(k, requested, time_s);
            } else if (preempted[k]) {
                // request over: the controller decides again now, from the phase the request left
                preempted[k] = false;
                nextDecision_s[k] = time_s;
            }
            if (!preempted[k] && time_s + EPS >= nextDecision_s[k]) {
                decide(k, time_s, readings);
            }
            int show = time_s + EPS < clearanceEnd_s[k] ? protocol.clearancePhase() : decidedPhase[k];
            if (show != shownPhase[k]) {
                show(k, show);
            }
        }
    }

    private void decide(int k, double time_s, LaneReadings readings) {
        int current = decidedPhase[k];
        double green = current < 0 ? 0 : Math.max(0, time_s - greenStart_s[k]);
        boolean mustChange = current >= 0 && green + EPS >= protocol.maxGreen_s();
        long start = System.nanoTime();
        PhaseDecision d = controllers[k].decide(new SignalContext(time_s, current, green, mustChange, readings));
        decisionNanos += System.nanoTime() - start;
        decisions++;
        int intersection = signalised[k];
        int phaseCount = network.phasesOf(intersection).size();
        int phase = d.phase();
        if (phase >= phaseCount) {
            throw new IllegalStateException("controller chose phase " + phase + " at '"
                    + network.intersectionId(intersection) + "', which has " + phaseCount + " phases");
        }
        if (mustChange && phase == current) {
            phase = alternativeTo(k, current);
        }
        boolean change = current >= 0 && phase != current;
        if (!protocol.hasFixedWindow() && change && green + EPS < protocol.minGreen_s()) {
            // too early to leave this phase: keep it and ask again once its minimum green is served
            nextDecision_s[k] = greenStart_s[k] + protocol.minGreen_s();
            return;
        }
        if (change && protocol.clearancePhase() >= 0) {
            clearanceEnd_s[k] = time_s + protocol.clearance_s();
            clearances++;
        } else {
            clearanceEnd_s[k] = time_s;
        }
        if (change || current < 0) {
            greenStart_s[k] = clearanceEnd_s[k];
        }
        decidedPhase[k] = phase;
        if (protocol.hasFixedWindow()) {
            nextDecision_s[k] = time_s + protocol.decisionInterval_s();
        } else {
            double next = Math.max(time_s + d.duration_s(), greenStart_s[k] + protocol.minGreen_s());
            nextDecision_s[k] = Math.min(next, greenStart_s[k] + protocol.maxGreen_s());
        }
    }

    /**
     * Sets who may request priority; {@link PriorityRequests#NONE} (the default) leaves control to the
     * controllers alone.
     */
    public void setPriorityRequests(PriorityRequests requests) {
        this.priority = Objects.requireNonNull(requests, "requests");
    }

    /**
     * Serves a priority request: changes to {@code phase} through the clearance phase (a clearance
     * already running is kept, not restarted), once the running phase has had its minimum green, and
     * holds it while the request lasts.
     */
    private void preempt(int k, int phase, double time_s) {
        int intersection = signalised[k];
        int phaseCount = network.phasesOf(intersection).size();
        if (phase >= phaseCount || phase == protocol.clearancePhase()) {
            throw new IllegalStateException("priority request for phase " + phase + " at '"
                    + network.intersectionId(intersection) + "', which has " + phaseCount
                    + " phases (the clearance phase cannot be requested)");
        }
        if (!preempted[k]) {
            preempted[k] = true;
            preemptions++;
        }
        int current = decidedPhase[k];
        if (phase == current) {
            return;
        }
        boolean inClearance = time_s + EPS < clearanceEnd_s[k];
        if (current >= 0 && !inClearance && time_s - greenStart_s[k] + EPS < protocol.minGreen_s()) {
            return; // the running phase keeps its minimum green first
        }
        if (current >= 0 && protocol.clearancePhase() >= 0 && !inClearance) {
            clearanceEnd_s[k] = time_s + protocol.clearance_s();
            clearances++;
        } else if (!inClearance) {
            clearanceEnd_s[k] = time_s;
        }
        decidedPhase[k] = phase;
        greenStart_s[k] = clearanceEnd_s[k];
    }

    /** True while a priority request holds the intersection's signal. */
    public boolean isPreempted(int intersection) {
        int k = Arrays.binarySearch(signalised, intersection);
        return k >= 0 && preempted[k];
    }

    /** Number of priority requests served so far (each counted once, when it began). */
    public int preemptions() {
        return preemptions;
    }

    /** The phase after {@code current} in plan order that lets some movement go, for a forced change. */
    private int alternativeTo(int k, int current) {
        List<SignalPhase> phases = network.phasesOf(signalised[k]);
        for (int step = 1; step < phases.size(); step++) {
            int p = (current + step) % phases.size();
            if (p != protocol.clearancePhase() && phases.get(p).roadLinkCount() > 0) {
                return p;
            }
        }
        return current;
    }

    private void show(int k, int phase) {
        int intersection = signalised[k];
        for (int link : network.roadLinksOf(intersection)) {
            roadLinkGreen[link] = false;
        }
        SignalPhase p = network.phasesOf(intersection).get(phase);
        for (int i = 0; i < p.roadLinkCount(); i++) {
            roadLinkGreen[p.roadLink(i)] = true;
        }
        shownPhases[intersection] = p;
        shownPhase[k] = phase;
        phaseChanges++;
    }

    /**
     * Gives one signalised intersection a new controller, e.g. when an operator switches it at runtime.
     * The signal's state is kept: the phase shown, a clearance under way, the green served so far and the
     * time of the next decision. The new controller is first asked at that decision time, and the
     * protocol's rules (clearance before a change, minimum and maximum green, decision windows) apply to
     * it exactly as to the old one. Call on the thread that calls {@link #update}.
     *
     * @throws IllegalArgumentException when the intersection has no signal
     */
    public void replaceController(int intersection, SignalControllerFactory factory) {
        int k = Arrays.binarySearch(signalised, intersection);
        if (k < 0) {
            throw new IllegalArgumentException(
                    "intersection '" + network.intersectionId(intersection) + "' has no signal");
        }
        controllers[k] = factory.create(new IntersectionLayout(network, intersection), protocol);
    }

    /** The protocol every controller of this runner runs under. */
    public SignalProtocol protocol() {
        return protocol;
    }

    public boolean isGreen(int roadLink) {
        return roadLinkGreen[roadLink];
    }

    /** True when the phase shown lets {@code roadLink} go only after a halt at the stop line (SUMO's {@code s}). */
    public boolean haltsFirst(int roadLink) {
        SignalPhase p = shownPhases[network.roadLinkIntersection(roadLink)];
        return p != null && p.haltsFirst(roadLink);
    }

    /** Phase shown now at the intersection, or -1 for an intersection without a signal. */
    public int shownPhase(int intersection) {
        int k = Arrays.binarySearch(signalised, intersection);
        return k < 0 ? -1 : shownPhase[k];
    }

    public int signalisedCount() {
        return signalised.length;
    }

    /** Number of controller decisions so far, over all intersections. */
    public long decisions() {
        return decisions;
    }

    /** Wall time spent inside controllers' decisions so far, in nanoseconds. */
    public long decisionNanos() {
        return decisionNanos;
    }

    /** Number of clearance phases run so far, over all intersections. */
    public int clearances() {
        return clearances;
    }

    /** Number of times any signal changed the phase it shows, the first setting included. */
    public int phaseChanges() {
        return phaseChanges;
    }
}
