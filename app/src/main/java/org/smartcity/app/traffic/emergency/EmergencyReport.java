package org.smartcity.app.traffic.emergency;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartcity.traffic.emergency.EmergencyEvaluation;

/**
 * The tables and totals of {@code traffic emergency evaluate}: per demand level, every run, the totals
 * per flow against the targets, and how congested the runs without pre-emption were. Stateless.
 */
final class EmergencyReport {
    private EmergencyReport() {}

    /**
     * Prints one demand level as Markdown tables.
     *
     * @param totals as {@link #totals} makes them, per flow and "all"
     */
    static void printLevel(
            PrintWriter out, double scale, List<EmergencyEvaluation.Result> results, List<Map<String, Object>> totals) {
        out.printf(Locale.ROOT, "%n## demand × %.2f%n%n", scale);
        out.println("| flow | run | route (roads, signals) | departs s | free flow s | ambulance s without → with"
                + " | change | of which waiting to enter s | others' loss in trip window veh·h without → with |"
                + " change | others' mean delay s (hour) without → with | change |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (EmergencyEvaluation.Result r : results) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %s → %s (%d, %d) | %.0f | %.0f | %s → %s | %+.1f %% | %s → %s | %.1f → %.1f |"
                            + " %+.1f %% | %.1f → %.1f | %+.2f %% |%n",
                    r.scenario(),
                    r.run(),
                    r.origin(),
                    r.destination(),
                    r.routeRoads(),
                    r.signals(),
                    r.departure_s(),
                    r.freeFlow_s(),
                    seconds(r.ambulanceWithout_s()),
                    seconds(r.ambulanceWith_s()),
                    change(r.ambulanceWithout_s(), r.ambulanceWith_s()),
                    seconds(r.entryWaitWithout_s()),
                    seconds(r.entryWaitWith_s()),
                    r.othersTripLossWithout_s() / 3600,
                    r.othersTripLossWith_s() / 3600,
                    change(r.othersTripLossWithout_s(), r.othersTripLossWith_s()),
                    r.othersDelayWithout_s(),
                    r.othersDelayWith_s(),
                    change(r.othersDelayWithout_s(), r.othersDelayWith_s()));
        }
        out.println();
        if (results.stream().anyMatch(r -> !r.arrivedInBoth())) {
            out.println();
            out.println("\"not arrived\": still on its way (gridlock) when the run stopped, an hour after the measured"
                    + " hour; the ambulance columns below average the runs where it arrived in both runs.");
        }
        out.println();
        out.println("| flow | runs (ambulance arrived in both) | mean ambulance s without → with (free flow) | change |"
                + " its delay removed | others' loss in trip windows | others' mean delay (hour) |"
                + " targets −40 % / < +5 % |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Map<String, Object> t : totals) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %d (%d) | %.1f → %.1f (%.1f) | %+.1f %% | %.0f %% | %+.1f %% | %+.2f %% | %s |%n",
                    t.get("flow"),
                    (Integer) t.get("runs"),
                    (Integer) t.get("arrivedInBoth"),
                    (Double) t.get("ambulanceWithout_s"),
                    (Double) t.get("ambulanceWith_s"),
                    (Double) t.get("freeFlow_s"),
                    (Double) t.get("ambulanceChange_pct"),
                    (Double) t.get("ambulanceDelayRemoved_pct"),
                    (Double) t.get("othersTripLossChange_pct"),
                    (Double) t.get("othersDelayChange_pct"),
                    t.get("targets"));
        }
        out.println();
        out.println("| flow | vehicles | finished | mean travel time s | mean delay s | mean queue veh/lane |"
                + " waiting to enter at 3600 s | ambulance without / free flow | of its time, waiting to enter s |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map<String, Object> t : totals) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f %% | %.1f | %.1f | %.2f | %.0f | %.2f | %.0f |%n",
                    t.get("flow"),
                    (Double) t.get("vehicles"),
                    100 * (Double) t.get("finishedShare"),
                    (Double) t.get("averageTravelTime_s"),
                    (Double) t.get("averageDelay_s"),
                    (Double) t.get("averageQueue_veh"),
                    (Double) t.get("waitingToEnter"),
                    (Double) t.get("ambulanceWithout_s") / (Double) t.get("freeFlow_s"),
                    (Double) t.get("ambulanceEntryWaitWithout_s"));
        }
    }

    /**
     * The totals of the runs {@code all} under the name {@code name}: the ambulance's figures average the
     * runs where it arrived in both runs; the others' delay and the congestion figures cover all runs.
     * Keys end in their unit ({@code _s}, {@code _pct}); the map keeps insertion order for JSON.
     */
    static Map<String, Object> totals(String name, List<EmergencyEvaluation.Result> all) {
        List<EmergencyEvaluation.Result> rs =
                all.stream().filter(EmergencyEvaluation.Result::arrivedInBoth).toList();
        double ambWithout = rs.stream()
                .mapToDouble(EmergencyEvaluation.Result::ambulanceWithout_s)
                .average()
                .orElse(0);
        double ambWith = rs.stream()
                .mapToDouble(EmergencyEvaluation.Result::ambulanceWith_s)
                .average()
                .orElse(0);
        double othWithout = all.stream()
                .mapToDouble(EmergencyEvaluation.Result::othersDelayWithout_s)
                .average()
                .orElse(0);
        double othWith = all.stream()
                .mapToDouble(EmergencyEvaluation.Result::othersDelayWith_s)
                .average()
                .orElse(0);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("flow", name);
        t.put("runs", all.size());
        t.put("arrivedInBoth", rs.size());
        t.put("ambulanceWithout_s", ambWithout);
        t.put("ambulanceWith_s", ambWith);
        t.put("ambulanceChange_pct", change(ambWithout, ambWith));
        t.put("othersDelayWithout_s", othWithout);
        t.put("othersDelayWith_s", othWith);
        t.put("othersDelayChange_pct", change(othWithout, othWith));
        double lossWithout = all.stream()
                .mapToDouble(EmergencyEvaluation.Result::othersTripLossWithout_s)
                .sum();
        double lossWith = all.stream()
                .mapToDouble(EmergencyEvaluation.Result::othersTripLossWith_s)
                .sum();
        t.put("othersTripLossWithout_s", lossWithout);
        t.put("othersTripLossWith_s", lossWith);
        t.put("othersTripLossChange_pct", change(lossWithout, lossWith));
        t.put(
                "freeFlow_s",
                rs.stream()
                        .mapToDouble(EmergencyEvaluation.Result::freeFlow_s)
                        .average()
                        .orElse(0));
        double freeFlow = (Double) t.get("freeFlow_s");
        t.put("ambulanceEntryWaitWithout_s", mean(rs, EmergencyEvaluation.Result::entryWaitWithout_s));
        t.put(
                "ambulanceDelayRemoved_pct",
                ambWithout > freeFlow ? 100 * (ambWithout - ambWith) / (ambWithout - freeFlow) : 0.0);
        t.put("vehicles", mean(all, r -> r.baseline().vehicles()));
        t.put("finishedShare", mean(all, r -> r.baseline().finishedShare()));
        t.put("averageTravelTime_s", mean(all, r -> r.baseline().averageTravelTime_s()));
        t.put("averageDelay_s", mean(all, r -> r.baseline().averageDelay_s()));
        t.put("averageQueue_veh", mean(all, r -> r.baseline().averageQueue_veh()));
        t.put("waitingToEnter", mean(all, r -> r.baseline().waitingToEnter()));
        boolean ambulanceMet = change(ambWithout, ambWith) <= -40;
        boolean hourMet = change(othWithout, othWith) < 5;
        boolean windowMet = change(lossWithout, lossWith) < 5;
        t.put("ambulanceTargetMet", ambulanceMet);
        t.put("othersTargetMetOverTheHour", hourMet);
        t.put("othersTargetMetInTripWindows", windowMet);
        t.put(
                "targets",
                (ambulanceMet ? "ambulance met" : "ambulance not met") + ", others "
                        + (hourMet ? "met" : "not met") + " (hour) / " + (windowMet ? "met" : "not met")
                        + " (trip windows)");
        return t;
    }

    private static double mean(
            List<EmergencyEvaluation.Result> rs, java.util.function.ToDoubleFunction<EmergencyEvaluation.Result> f) {
        return rs.stream().mapToDouble(f).average().orElse(0);
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "not arrived" : String.format(Locale.ROOT, "%.0f", s);
    }

    private static double change(double before, double after) {
        return before == 0 ? 0 : 100 * (after - before) / before;
    }
}
