package org.smartcity.traffic.incident;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.LoopRecord;
import org.smartcity.traffic.detect.LoopStation;

/**
 * A California-style comparison of the upstream and downstream loop stations of each lane, adapted
 * to signalised links. California algorithm #7 raises an alarm when the upstream station is clearly
 * busier than the downstream one (OCCDF, OCCRDF) while the downstream station itself is quiet (DOCC),
 * and the pattern persists. On a signalised link red phases make the downstream occupancy swing, so
 * the comparison is made in vehicles, shifted by the travel time between the stations: every vehicle
 * counted upstream must, within {@code travelSlack ×} the free travel time, either pass the downstream
 * station or queue behind a vehicle standing on it (a queue at a red light always covers the
 * downstream loop, which sits just before the stop line). An obstacle between the stations breaks
 * that: vehicles pass upstream and never show downstream, and the downstream loop stays quiet.
 *
 * <p>Per lane, on each downstream record (interval end t): missing = (vehicles counted upstream in
 * intervals ending by t − travel) − (vehicles counted downstream by t). The interval is suspicious
 * when missing ≥ {@code minMissing} and the downstream station was quiet (count 0, occupancy below
 * {@code quietOccupancy}); {@code persistence} suspicious intervals in a row raise the alarm. Counting
 * errors of real loops would make the difference drift: whenever more vehicles have left
 * downstream than entered upstream the counters are re-aligned. The lane re-arms when the downstream station is active again.
 */
public final class LoopComparisonDetector implements IncidentDetector {
    public static final String NAME = "loop-comparison";
    private static final int HISTORY = 64;

    private final LoopComparisonParameters p;
    private final Map<String, LaneState> lanes = new HashMap<>();

    public LoopComparisonDetector(LoopComparisonParameters parameters) {
        this.p = parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    private static final class LaneState implements java.io.Serializable {
        /** End time and cumulative upstream count after each of the last upstream intervals (ring). */
        final long[] upEnd_ms = new long[HISTORY];

        final long[] upCumulative = new long[HISTORY];
        int upSize;
        long upTotal;
        long downTotal;
        long offset;
        double upPos_m = Double.NaN;
        long lastUp_ms = -1;
        long lastDown_ms = -1;
        long quietSince_ms = -1;
        int suspicious;
        boolean alarmed;
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
        LaneState s = lanes.computeIfAbsent(r.road() + '#' + r.lane(), k -> new LaneState());
        if (r.station() == LoopStation.UP) {
            if (r.time_ms() <= s.lastUp_ms) {
                return;
            }
            s.lastUp_ms = r.time_ms();
            s.upPos_m = r.position_m();
            s.upTotal += r.count();
            int slot = s.upSize % HISTORY;
            s.upEnd_ms[slot] = r.time_ms();
            s.upCumulative[slot] = s.upTotal;
            s.upSize++;
            return;
        }
        if (r.time_ms() <= s.lastDown_ms) {
            return;
        }
        s.lastDown_ms = r.time_ms();
        s.downTotal += r.count();
        if (Double.isNaN(s.upPos_m)) {
            return;
        }
        long travel_ms =
                Math.round(1000 * p.travelSlack() * Math.max(0, r.position_m() - s.upPos_m) / p.freeSpeed_mps());
        long passedLongAgo = 0;
        for (int i = s.upSize - 1; i >= Math.max(0, s.upSize - HISTORY); i--) {
            int slot = i % HISTORY;
            if (s.upEnd_ms[slot] + travel_ms <= r.time_ms()) {
                passedLongAgo = s.upCumulative[slot];
                break;
            }
        }
        if (s.downTotal + s.offset > s.upTotal) {
            s.offset = s.upTotal - s.downTotal;
        }
        long missing = Math.max(0, passedLongAgo - s.downTotal - s.offset);
        boolean quiet = r.count() == 0 && r.occupancy() < p.quietOccupancy();
        if (!quiet) {
            s.suspicious = 0;
            s.alarmed = false;
            s.quietSince_ms = -1;
            return;
        }
        if (s.quietSince_ms < 0) {
            s.quietSince_ms = r.time_ms() - r.interval_s() * 1000L;
        }
        s.suspicious = missing >= p.minMissing() ? s.suspicious + 1 : 0;
        if (!s.alarmed && s.suspicious >= p.persistence()) {
            s.alarmed = true;
            alarms.accept(new IncidentAlarm(
                    r.time_ms(),
                    NAME,
                    r.road(),
                    r.lane(),
                    missing + " vehicles passed the upstream loop and did not reach the stop-line loop, quiet for "
                            + (r.time_ms() - s.quietSince_ms) / 1000 + " s"));
        }
    }
}
