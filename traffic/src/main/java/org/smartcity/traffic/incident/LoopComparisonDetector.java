package org.smartcity.traffic.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.LoopRecord;

/**
 * A California-style comparison of consecutive loop stations of each lane, adapted to signalised
 * links. California algorithm #7 raises an alarm when the upstream station is clearly busier than the
 * downstream one (OCCDF, OCCRDF) while the downstream station itself is quiet (DOCC), and the pattern
 * persists. On a signalised link red phases make the downstream occupancy swing, so the comparison is
 * made in vehicles, shifted by the travel time between the stations: every vehicle counted at a
 * station must, within {@code travelSlack ×} the free travel time, either pass the next station
 * downstream or queue behind a vehicle standing on it (a queue at a red light always covers the
 * stop-line station; a queue reaching back past a mid-block station covers that one). An obstacle
 * between two stations breaks that: vehicles pass the first and never show at the second, and the
 * second stays quiet.
 *
 * <p>A lane may have any number of stations (upstream, mid-block, downstream); they are told apart and
 * ordered by the records' {@code position_m}, and each pair of neighbours is one section. With a
 * mid-block station an obstacle in the first half of the link is seen one short travel time after a
 * vehicle meets it instead of one whole-link travel time.
 *
 * <p>Per section, on each record of its downstream station (interval end t): missing = (vehicles
 * counted at the upstream station in intervals ending by t − travel) − (vehicles counted at the
 * downstream station by t). The interval is suspicious when missing ≥ {@code minMissing} and the
 * downstream station was quiet (count 0, occupancy below {@code quietOccupancy}); {@code persistence}
 * suspicious intervals in a row raise the alarm (one per lane and episode), one more when a vehicle
 * stood on the downstream loop just before it went quiet (a standing queue that creeps can leave the
 * zone in the gap between two cars for a moment). Counting errors of real
 * loops would make the difference drift: whenever more vehicles have passed the downstream station
 * than the upstream one (each counted up to the same interval end) the counters are re-aligned. The lane re-arms when the station whose section
 * raised the alarm is active again. Travel times up to {@value #HISTORY} intervals are handled.
 */
public final class LoopComparisonDetector implements IncidentDetector {
    public static final String NAME = "loop-comparison";
    private static final int HISTORY = 128;
    /** Records whose positions differ by less than this belong to one station, m. */
    private static final double SAME_STATION_M = 0.05;
    /** Occupancy of an interval without a count at which a vehicle is taken to have stood on the loop. */
    private static final double STANDING_OCCUPANCY = 0.5;
    /** Front-to-front distance of cars standing in a queue, m. */
    private static final double JAM_SPACING_M = 7.5;

    private final LoopComparisonParameters p;
    private final Map<String, LaneState> lanes = new HashMap<>();

    public LoopComparisonDetector(LoopComparisonParameters parameters) {
        this.p = parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** One loop station of a lane, and the section that ends at it (from the station before it). */
    private static final class StationState implements java.io.Serializable {
        final double position_m;
        /** End time, count and mean spot speed of each of the last intervals (ring). */
        final long[] end_ms = new long[HISTORY];

        final int[] count = new int[HISTORY];
        final double[] speed_mps = new double[HISTORY];
        int size;
        long total;
        long lastRecord_ms = -1;
        /** Whether the latest interval was quiet (count 0, occupancy below DOCC). */
        boolean quiet;
        /** Whether a queue from the stop line may be standing over this (mid-block) station. */
        boolean queueOver;
        /** Whether a vehicle stood on the loop (count 0, occupancy ≥ 1/2) in the last interval that was not quiet. */
        boolean stoodLast;
        // the section ending here
        long offset;
        long quietSince_ms = -1;
        int suspicious;

        StationState(double position_m) {
            this.position_m = position_m;
        }

        void add(long time_ms, int vehicles, double speed) {
            total += vehicles;
            int slot = size % HISTORY;
            end_ms[slot] = time_ms;
            count[slot] = vehicles;
            speed_mps[slot] = speed;
            size++;
        }

        /** Vehicles counted here in intervals that ended by {@code time_ms} (all older than the ring). */
        long countBy(long time_ms) {
            long counted = total;
            for (int i = size - 1; i >= Math.max(0, size - HISTORY); i--) {
                int slot = i % HISTORY;
                if (end_ms[slot] <= time_ms) {
                    break;
                }
                counted -= count[slot];
            }
            return counted;
        }

        /**
         * Vehicles counted here that are due at a station {@code distance_m} further on by {@code
         * time_ms}: those of every interval whose end plus the travel time from the interval's mean spot
         * speed is at most {@code time_ms} (all vehicles older than the ring are due).
         */
        long dueBy(long time_ms, double distance_m, LoopComparisonParameters p) {
            long due = total;
            for (int i = size - 1; i >= Math.max(0, size - HISTORY); i--) {
                int slot = i % HISTORY;
                if (count[slot] > 0 && end_ms[slot] + travel_ms(distance_m, speed_mps[slot], p) > time_ms) {
                    due -= count[slot];
                }
            }
            return due;
        }
    }

    /**
     * Time to cover {@code distance_m} for a vehicle passing at {@code speed_mps} that accelerates at
     * {@code acceleration_mps2} up to the free speed, times the slack, ms. A vehicle counted while
     * pulling away from a queue needs up to {@code freeSpeed / (2 × acceleration)} (2.8 s) longer than
     * one passing at the free speed, which matters on short sections.
     */
    static long travel_ms(double distance_m, double speed_mps, LoopComparisonParameters p) {
        double vmax = p.freeSpeed_mps();
        double a = p.acceleration_mps2();
        double v0 = Math.min(Math.max(0, speed_mps), vmax);
        double accelerating_m = (vmax * vmax - v0 * v0) / (2 * a);
        double time_s = accelerating_m >= distance_m
                ? (Math.sqrt(v0 * v0 + 2 * a * distance_m) - v0) / a
                : (vmax - v0) / a + (distance_m - accelerating_m) / vmax;
        return Math.round(1000 * p.travelSlack() * time_s);
    }

    private static final class LaneState implements java.io.Serializable {
        /** Stations by position, upstream first. */
        final List<StationState> stations = new ArrayList<>(3);

        boolean alarmed;
        /** Position of the station whose section raised the standing alarm, m. */
        double alarmedAt_m = Double.NaN;

        StationState station(double position_m) {
            int i = 0;
            while (i < stations.size() && stations.get(i).position_m < position_m - SAME_STATION_M) {
                i++;
            }
            if (i < stations.size() && Math.abs(stations.get(i).position_m - position_m) < SAME_STATION_M) {
                return stations.get(i);
            }
            StationState s = new StationState(position_m);
            stations.add(i, s);
            return s;
        }
    }

    /**
     * Updates and returns whether a queue may be standing over station {@code index} (a mid-block
     * one): a queue reaching back over a mid-block loop comes from the stop line, so the next station
     * is busy and the section behind it holds at least half the cars it takes at jam spacing. Such a
     * loop can read quiet for a whole red phase and the start of the next green, when the zone lies in
     * the 2.5 m gap between two queued cars or just ahead of the last one; the vehicles stopping behind
     * it then look missing. Once seen, the queue is assumed to stand until the station is active again
     * or the next station is quiet (the queue has gone from there).
     */
    private static boolean queueMayStand(LaneState lane, int index) {
        StationState here = lane.stations.get(index);
        if (index + 1 >= lane.stations.size()) {
            return false;
        }
        StationState next = lane.stations.get(index + 1);
        if (next.quiet) {
            here.queueOver = false;
        } else if (here.countBy(next.lastRecord_ms) - next.total - next.offset
                >= 0.5 * (next.position_m - here.position_m) / JAM_SPACING_M) {
            here.queueOver = true;
        }
        return here.queueOver;
    }

    @Override
    public boolean alarmStands(String road, int lane) {
        LaneState s = lanes.get(road + '#' + lane);
        return s != null && s.alarmed;
    }

    @Override
    public void accept(DetectorRecord record, Consumer<IncidentAlarm> alarms) {
        if (!(record instanceof LoopRecord r)) {
            return;
        }
        LaneState lane = lanes.computeIfAbsent(r.road() + '#' + r.lane(), k -> new LaneState());
        StationState down = lane.station(r.position_m());
        if (r.time_ms() <= down.lastRecord_ms) {
            return;
        }
        down.lastRecord_ms = r.time_ms();
        down.add(r.time_ms(), r.count(), r.speed_mps());
        boolean quiet = r.count() == 0 && r.occupancy() < p.quietOccupancy();
        down.quiet = quiet;
        int index = lane.stations.indexOf(down);
        if (index == 0) {
            return;
        }
        StationState up = lane.stations.get(index - 1);
        long passedLongAgo = up.dueBy(r.time_ms(), Math.max(0, down.position_m - up.position_m), p);
        long downByThen = down.countBy(up.lastRecord_ms);
        if (downByThen + down.offset > up.total) {
            down.offset = up.total - downByThen;
        }
        long missing = Math.max(0, passedLongAgo - down.total - down.offset);
        if (!quiet) {
            down.suspicious = 0;
            down.quietSince_ms = -1;
            down.queueOver = false;
            down.stoodLast = r.count() == 0 && r.occupancy() >= STANDING_OCCUPANCY;
            if (lane.alarmed && lane.alarmedAt_m == down.position_m) {
                lane.alarmed = false;
            }
            return;
        }
        if (down.quietSince_ms < 0) {
            down.quietSince_ms = r.time_ms() - r.interval_s() * 1000L;
        }
        boolean queue = queueMayStand(lane, index);
        down.suspicious = missing >= p.minMissing() && !queue ? down.suspicious + 1 : 0;
        if (!lane.alarmed && down.suspicious >= p.persistence() + (down.stoodLast ? 1 : 0)) {
            lane.alarmed = true;
            lane.alarmedAt_m = down.position_m;
            alarms.accept(new IncidentAlarm(
                    r.time_ms(),
                    NAME,
                    r.road(),
                    r.lane(),
                    String.format(
                            Locale.ROOT,
                            "%d vehicles passed the loop at %.0f m and did not reach the one at %.0f m, quiet for %d s",
                            missing,
                            up.position_m,
                            down.position_m,
                            (r.time_ms() - down.quietSince_ms) / 1000)));
        }
    }
}
