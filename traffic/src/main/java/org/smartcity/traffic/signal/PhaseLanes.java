package org.smartcity.traffic.signal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The lanes each candidate phase serves, for controllers that count vehicles per phase. A phase's own
 * movements are those it lets go that are not green in every candidate phase (on CityFlow roadnets the
 * right turns, always green, would otherwise count for every phase); a phase whose movements are all
 * always green keeps them all. Lanes are the incoming lanes of the own movements, each once. Immutable.
 */
final class PhaseLanes {
    private final int[] phases;
    private final int[][] movements;
    private final int[][] lanes;

    private PhaseLanes(int[] phases, int[][] movements, int[][] lanes) {
        this.phases = phases;
        this.movements = movements;
        this.lanes = lanes;
    }

    static PhaseLanes of(IntersectionLayout layout, int[] phases) {
        int movementCount = layout.movements().size();
        int[] greenIn = new int[movementCount];
        for (int phase : phases) {
            for (int m : layout.movementsOf(phase)) {
                greenIn[m]++;
            }
        }
        int[][] ownMovements = new int[phases.length][];
        int[][] lanes = new int[phases.length][];
        for (int k = 0; k < phases.length; k++) {
            int[] all = layout.movementsOf(phases[k]);
            int[] own =
                    Arrays.stream(all).filter(m -> greenIn[m] < phases.length).toArray();
            ownMovements[k] = own.length == 0 ? all : own;
            Set<Integer> ls = new LinkedHashSet<>();
            for (int m : ownMovements[k]) {
                for (int lane : layout.movements().get(m).incomingLanes()) {
                    ls.add(lane);
                }
            }
            lanes[k] = ls.stream().mapToInt(Integer::intValue).toArray();
        }
        return new PhaseLanes(phases.clone(), ownMovements, lanes);
    }

    int size() {
        return phases.length;
    }

    int phase(int k) {
        return phases[k];
    }

    /** Position of {@code phase} among the candidates, or -1. */
    int indexOf(int phase) {
        for (int k = 0; k < phases.length; k++) {
            if (phases[k] == phase) {
                return k;
            }
        }
        return -1;
    }

    /** Indices into {@link IntersectionLayout#movements()} of candidate {@code k}'s own movements (do not modify). */
    int[] movements(int k) {
        return movements[k];
    }

    /** The incoming lanes of candidate {@code k}'s own movements (do not modify). */
    int[] lanes(int k) {
        return lanes[k];
    }

    /** Every lane some candidate serves, each once. */
    int[] allLanes() {
        Set<Integer> all = new LinkedHashSet<>();
        for (int[] ls : lanes) {
            for (int lane : ls) {
                all.add(lane);
            }
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Vehicles within {@code range_m} of the stop line on candidate {@code k}'s lanes. */
    int vehicles(int k, LaneReadings readings, double range_m) {
        int n = 0;
        for (int lane : lanes[k]) {
            n += readings.vehicles(lane, range_m);
        }
        return n;
    }

    /** Moving vehicles (not waiting) within {@code range_m} of the stop line on candidate {@code k}'s lanes. */
    int moving(int k, LaneReadings readings, double range_m) {
        int n = 0;
        for (int lane : lanes[k]) {
            n += Math.max(0, readings.vehicles(lane, range_m) - readings.waitingVehicles(lane, range_m));
        }
        return n;
    }

    /**
     * The next candidate after position {@code from} (cyclically, {@code from} itself last) whose lanes
     * hold a vehicle within {@code range_m}, skipping {@code except}; -1 when none has.
     */
    int nextWithDemand(int from, int except, LaneReadings readings, double range_m) {
        for (int step = 1; step <= phases.length; step++) {
            int k = Math.floorMod(from + step, phases.length);
            if (k != except && vehicles(k, readings, range_m) > 0) {
                return k;
            }
        }
        return -1;
    }
}
