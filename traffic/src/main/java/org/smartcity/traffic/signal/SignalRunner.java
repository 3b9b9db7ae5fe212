package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;

/**
 * Runs one controller per signalised intersection under a {@link SignalProtocol} and exposes which
 * road links are green. Unsignalised, non-virtual intersections let every road link go. The protocol
 * rules (decision times, clearance before a change) are enforced here, for every controller alike.
 * Not thread-safe; used by the simulation thread.
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
    private final boolean[] roadLinkGreen;
    private int phaseChanges;

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
        this.roadLinkGreen = new boolean[network.roadLinkCount()];
        for (int link = 0; link < roadLinkGreen.length; link++) {
            roadLinkGreen[link] = !network.isSignalised(network.roadLinkIntersection(link));
        }
    }

    /** Brings every signal to its state for the step that starts at {@code time_s}. */
    public void update(double time_s, LaneReadings readings) {
        for (int k = 0; k < signalised.length; k++) {
            if (time_s + EPS >= nextDecision_s[k]) {
                PhaseDecision d = controllers[k].decide(time_s, decidedPhase[k], readings);
                int intersection = signalised[k];
                if (d.phase() >= network.phasesOf(intersection).size()) {
                    throw new IllegalStateException("controller chose phase " + d.phase() + " at '"
                            + network.intersectionId(intersection) + "', which has "
                            + network.phasesOf(intersection).size() + " phases");
                }
                double window = protocol.hasFixedWindow() ? protocol.decisionInterval_s() : d.duration_s();
                boolean change = decidedPhase[k] >= 0 && d.phase() != decidedPhase[k];
                clearanceEnd_s[k] = change && protocol.clearancePhase() >= 0 ? time_s + protocol.clearance_s() : time_s;
                nextDecision_s[k] = time_s + window;
                decidedPhase[k] = d.phase();
            }
            int show = time_s + EPS < clearanceEnd_s[k] ? protocol.clearancePhase() : decidedPhase[k];
            if (show != shownPhase[k]) {
                show(k, show);
            }
        }
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
        shownPhase[k] = phase;
        phaseChanges++;
    }

    public boolean isGreen(int roadLink) {
        return roadLinkGreen[roadLink];
    }

    /** Phase shown now at the intersection, or -1 for an intersection without a signal. */
    public int shownPhase(int intersection) {
        int k = Arrays.binarySearch(signalised, intersection);
        return k < 0 ? -1 : shownPhase[k];
    }

    public int signalisedCount() {
        return signalised.length;
    }

    /** Number of times any signal changed the phase it shows, the first setting included. */
    public int phaseChanges() {
        return phaseChanges;
    }
}
