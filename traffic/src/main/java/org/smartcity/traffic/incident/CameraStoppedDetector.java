package org.smartcity.traffic.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.smartcity.traffic.detect.DetectorRecord;
import org.smartcity.traffic.detect.VehicleObservation;

/**
 * Camera-based detection of a stopped object where traffic has no reason to stop: in a camera's view,
 * an object (a vehicle, or a broken-down car) that has not moved for {@code minStopped_s}, stands
 * more than {@code stopLineZone_m} before the stop line (so it is not waiting at a red light or for a
 * jammed exit), and has no object within {@code clearAhead_m} in front of it on its lane (so it is not
 * queuing behind another vehicle). Queues at a red light fail the last two tests; a vehicle behind a
 * stalled car fails the last one, but the stalled car itself passes all three.
 *
 * <p>Works on frames: all observations of one camera with the same time. A frame is evaluated when the
 * first observation of a later time of that camera arrives (observations of one camera must come in
 * time order, as video analytics sends them; older ones are ignored). The lane re-arms when no object
 * on it passes the test any more.
 */
public final class CameraStoppedDetector implements IncidentDetector {
    public static final String NAME = "camera-stopped";

    private final CameraStoppedParameters p;
    private final Map<String, CameraState> cameras = new HashMap<>();

    public CameraStoppedDetector(CameraStoppedParameters parameters) {
        this.p = parameters;
    }

    @Override
    public String name() {
        return NAME;
    }

    private static final class CameraState implements java.io.Serializable {
        final String road;
        long frame_ms = -1;
        final List<VehicleObservation> frame = new ArrayList<>();
        /** Per track: {time first seen stopped in the current stop or -1 while moving, time last seen}. */
        final Map<Long, long[]> tracks = new HashMap<>();
        /** Lanes with an alarm raised and not yet cleared. */
        final Map<Integer, Boolean> alarmed = new HashMap<>();

        long lastCleanup_ms;

        CameraState(String road) {
            this.road = road;
        }
    }

    @Override
    public boolean alarmStands(String road, int lane) {
        for (CameraState c : cameras.values()) {
            if (c.road.equals(road) && c.alarmed.getOrDefault(lane, false)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void accept(DetectorRecord record, Consumer<IncidentAlarm> alarms) {
        if (!(record instanceof VehicleObservation o)) {
            return;
        }
        CameraState c = cameras.computeIfAbsent(o.camera(), k -> new CameraState(o.road()));
        if (o.time_ms() < c.frame_ms) {
            return;
        }
        if (o.time_ms() > c.frame_ms) {
            if (!c.frame.isEmpty()) {
                evaluate(c, alarms);
            }
            c.frame.clear();
            c.frame_ms = o.time_ms();
        }
        c.frame.add(o);
        long[] t = c.tracks.get(o.track());
        if (t == null) {
            t = new long[] {-1, 0};
            c.tracks.put(o.track(), t);
        }
        if (o.speed_mps() < p.stoppedSpeed_mps()) {
            if (t[0] < 0) {
                t[0] = o.time_ms();
            }
        } else {
            t[0] = -1;
        }
        t[1] = o.time_ms();
    }

    private void evaluate(CameraState c, Consumer<IncidentAlarm> alarms) {
        List<VehicleObservation> frame = c.frame;
        frame.sort((a, b) -> a.lane() != b.lane()
                ? Integer.compare(a.lane(), b.lane())
                : Double.compare(a.distance_m(), b.distance_m()));
        Map<Integer, Boolean> suspectLanes = new HashMap<>();
        for (int i = 0; i < frame.size(); i++) {
            VehicleObservation o = frame.get(i);
            boolean sameLaneAhead = i > 0 && frame.get(i - 1).lane() == o.lane();
            double clear = sameLaneAhead ? o.distance_m() - frame.get(i - 1).distance_m() : Double.POSITIVE_INFINITY;
            long[] t = c.tracks.get(o.track());
            long since = t == null ? -1 : t[0];
            boolean suspect = since >= 0
                    && c.frame_ms - since >= Math.round(p.minStopped_s() * 1000)
                    && o.distance_m() > p.stopLineZone_m()
                    && clear >= p.clearAhead_m();
            if (!suspect) {
                suspectLanes.putIfAbsent(o.lane(), false);
                continue;
            }
            suspectLanes.put(o.lane(), true);
            if (!c.alarmed.getOrDefault(o.lane(), false)) {
                c.alarmed.put(o.lane(), true);
                alarms.accept(new IncidentAlarm(
                        c.frame_ms,
                        NAME,
                        o.road(),
                        o.lane(),
                        String.format(
                                Locale.ROOT,
                                "object stopped for %d s, %.0f m before the stop line, lane clear ahead",
                                (c.frame_ms - since) / 1000,
                                o.distance_m())));
            }
        }
        c.alarmed.replaceAll((lane, on) -> on && suspectLanes.getOrDefault(lane, false));
        long forgetBefore = c.frame_ms - 60_000;
        if (c.frame_ms - c.lastCleanup_ms >= 60_000) {
            c.tracks.values().removeIf(t -> t[1] < forgetBefore);
            c.lastCleanup_ms = c.frame_ms;
        }
    }
}
