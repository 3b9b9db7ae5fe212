package org.smartcity.app.traffic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.smartcity.traffic.sim.Simulation;
import org.smartcity.traffic.sim.SimulationSummary;

/** The summary of a run as the CLI prints and writes it (JSON fields and a readable table). */
final class SummaryDocument {
    private SummaryDocument() {}

    static Map<String, Object> of(Simulation simulation, String controller, String protocol, double wall_s) {
        SimulationSummary s = simulation.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("controller", controller);
        m.put("protocol", protocol);
        m.put("steps", simulation.stepCount());
        m.put("time_s", s.time_s());
        m.put("vehicles", s.vehicles());
        m.put("finished", s.finished());
        m.put("running", s.running());
        m.put("waitingToEnter", s.waitingToEnter());
        m.put("averageTravelTime_s", round(s.averageTravelTime_s()));
        m.put("averageApproachTime_s", round(s.averageApproachTime_s()));
        m.put("throughput", s.throughput());
        m.put("averageDelay_s", round(s.averageDelay_s()));
        m.put("averageQueue_veh", round(s.averageQueue_veh()));
        m.put("maxQueue_veh", s.maxQueue_veh());
        m.put("stopsPerVehicle", round(s.stopsPerVehicle()));
        m.put("maxWait_s", round(s.maxWait_s()));
        m.put("maxEntryWait_s", round(s.maxEntryWait_s()));
        m.put("wall_s", round(wall_s));
        Map<String, Object> phases = new LinkedHashMap<>();
        long[] nanos = simulation.phaseNanos();
        for (int i = 0; i < nanos.length; i++) {
            phases.put(simulation.phaseNames().get(i), round(nanos[i] / 1e9));
        }
        m.put("phase_s", phases);
        m.put("peakMemory_MiB", PeakMemory.residentMiB());
        return m;
    }

    static String table(Map<String, Object> summary) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : summary.entrySet()) {
            b.append(String.format(Locale.ROOT, "%-22s %s%n", e.getKey(), e.getValue()));
        }
        return b.toString();
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
