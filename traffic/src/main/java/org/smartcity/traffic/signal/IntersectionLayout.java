package org.smartcity.traffic.signal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.network.SignalPhase;
import org.smartcity.traffic.network.TurnType;

/**
 * The static view of one signalised intersection a controller needs: its phases, and for each phase
 * the movements it lets go, each with the lanes that feed it and the lanes it discharges into. Built
 * from the network once; immutable.
 */
public final class IntersectionLayout {
    private final int intersection;
    private final String id;
    private final List<SignalPhase> phases;
    private final List<Movement> movements;
    private final int[][] phaseMovements;
    private final int[] incomingLanes;

    /** A road link seen by a controller: its turn and the lanes on both sides. */
    public record Movement(int roadLink, TurnType turn, int[] incomingLanes, int[] outgoingLanes) {}

    public IntersectionLayout(RoadNetwork network, int intersection) {
        this.intersection = intersection;
        this.id = network.intersectionId(intersection);
        this.phases = network.phasesOf(intersection);
        int[] roadLinks = network.roadLinksOf(intersection);
        List<Movement> ms = new ArrayList<>();
        for (int roadLink : roadLinks) {
            Set<Integer> in = new LinkedHashSet<>();
            Set<Integer> out = new LinkedHashSet<>();
            for (int laneLink : network.laneLinksOf(roadLink)) {
                in.add(network.laneLinkFromLane(laneLink));
                out.add(network.laneLinkToLane(laneLink));
            }
            ms.add(new Movement(
                    roadLink,
                    network.roadLinkTurn(roadLink),
                    in.stream().mapToInt(Integer::intValue).toArray(),
                    out.stream().mapToInt(Integer::intValue).toArray()));
        }
        this.movements = List.copyOf(ms);
        this.phaseMovements = new int[phases.size()][];
        for (int p = 0; p < phases.size(); p++) {
            List<Integer> idx = new ArrayList<>();
            for (int m = 0; m < ms.size(); m++) {
                if (phases.get(p).allows(ms.get(m).roadLink())) {
                    idx.add(m);
                }
            }
            phaseMovements[p] = idx.stream().mapToInt(Integer::intValue).toArray();
        }
        Set<Integer> lanes = new LinkedHashSet<>();
        for (int road : network.incomingRoadsOf(intersection)) {
            for (int k = 0; k < network.laneCount(road); k++) {
                lanes.add(network.firstLane(road) + k);
            }
        }
        this.incomingLanes = lanes.stream().mapToInt(Integer::intValue).toArray();
    }

    public int intersection() {
        return intersection;
    }

    public String id() {
        return id;
    }

    public int phaseCount() {
        return phases.size();
    }

    public SignalPhase phase(int p) {
        return phases.get(p);
    }

    public List<Movement> movements() {
        return movements;
    }

    /** Indices into {@link #movements()} of the movements phase {@code p} lets go. */
    public int[] movementsOf(int p) {
        return phaseMovements[p].clone();
    }

    /** All lanes that end at this intersection. */
    public int[] incomingLanes() {
        return incomingLanes.clone();
    }
}
