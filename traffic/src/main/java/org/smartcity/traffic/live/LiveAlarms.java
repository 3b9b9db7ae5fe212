package org.smartcity.traffic.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.smartcity.traffic.detect.DetectorLayout;
import org.smartcity.traffic.detect.VirtualDetectors;
import org.smartcity.traffic.incident.IncidentAlarm;
import org.smartcity.traffic.incident.IncidentDetector;
import org.smartcity.traffic.incident.IncidentDetectors;
import org.smartcity.traffic.sim.Simulation;

/**
 * Incident detection inside the live twin: virtual detectors on the twin's simulation feed every
 * built-in incident detector (loop comparison and camera), and the alarms they raise are kept with the
 * time they cleared. An alarm clears when its detector no longer holds it ({@link
 * IncidentDetector#alarmStands}), checked after every step.
 *
 * <p>Threading: confined to the simulation thread (it is a step observer); {@link #snapshot()} returns
 * an immutable copy for frames.
 */
final class LiveAlarms implements Simulation.StepObserver {
    /** Cleared alarms kept for the operator's "recent" list. */
    static final int RECENT = 20;

    private final List<IncidentDetector> detectors = new ArrayList<>();
    private final List<IncidentAlarm> raised = new ArrayList<>();
    private final List<TwinAlarm> active = new ArrayList<>();
    private final Deque<TwinAlarm> recent = new ArrayDeque<>();
    private final VirtualDetectors virtual;
    private long nextId = 1;

    LiveAlarms(Simulation simulation, long seed) {
        for (IncidentDetectors.Entry e : IncidentDetectors.builtIn()) {
            detectors.add(e.factory().get());
        }
        this.virtual = new VirtualDetectors(simulation, DetectorLayout.DEFAULT, seed, record -> {
            for (IncidentDetector d : detectors) {
                d.accept(record, raised::add);
            }
        });
    }

    @Override
    public void afterStep(Simulation simulation) {
        virtual.afterStep(simulation);
        for (IncidentAlarm a : raised) {
            active.add(new TwinAlarm(nextId++, a.time_ms() / 1000.0, a.road(), a.lane(), a.detector(), a.reason(), -1));
        }
        raised.clear();
        for (int i = active.size() - 1; i >= 0; i--) {
            TwinAlarm a = active.get(i);
            if (!detector(a.detector()).alarmStands(a.road(), a.lane())) {
                active.remove(i);
                recent.addFirst(a.clearedAt(simulation.time_s()));
                if (recent.size() > RECENT) {
                    recent.removeLast();
                }
            }
        }
    }

    private IncidentDetector detector(String name) {
        for (IncidentDetector d : detectors) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new IllegalStateException("no detector " + name);
    }

    /** Whether the virtual detectors watch this lane (dense lane id). */
    boolean isMonitored(int lane) {
        return virtual.isMonitored(lane);
    }

    /** Standing alarms (newest first), then up to {@value #RECENT} cleared ones (most recently cleared first). */
    List<TwinAlarm> snapshot() {
        List<TwinAlarm> out = new ArrayList<>(active.size() + recent.size());
        for (int i = active.size() - 1; i >= 0; i--) {
            out.add(active.get(i));
        }
        out.addAll(recent);
        return List.copyOf(out);
    }
}
