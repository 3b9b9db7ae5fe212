package org.smartcity.app.traffic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.smartcity.traffic.benchmark.BenchmarkRow;

/** Renders benchmark rows as a Markdown table and a grouped bar chart of average travel time. */
final class BenchmarkReport {
    private BenchmarkReport() {}

    static List<String> markdown(List<BenchmarkRow> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "| network | flow | protocol | controller | vehicles | ATT s | delay s | throughput | max wait s | max entry wait s | decision ms |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|");
        for (BenchmarkRow r : rows) {
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %d | %.1f | %.1f | %d | %.0f | %.0f | %.3f |",
                    r.network(),
                    r.flow(),
                    r.protocol(),
                    r.controller(),
                    r.vehicles(),
                    r.averageTravelTime_s(),
                    r.averageDelay_s(),
                    r.throughput(),
                    r.maxWait_s(),
                    r.maxEntryWait_s(),
                    r.meanDecision_ms()));
        }
        return lines;
    }

    /** One group of bars per flow, one bar per controller and protocol. */
    static void chart(List<BenchmarkRow> rows, Path file) throws IOException {
        Set<String> flows = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        for (BenchmarkRow r : rows) {
            flows.add(label(r));
            series.add(seriesName(r));
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(Math.max(900, 140 * flows.size() * Math.max(1, series.size() / 3)))
                .height(520)
                .title("Average travel time by controller (lower is better)")
                .xAxisTitle("flow")
                .yAxisTitle("average travel time (s)")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setXAxisLabelRotation(15);
        List<String> flowList = new ArrayList<>(flows);
        for (String name : series) {
            List<Double> values = new ArrayList<>();
            for (String flow : flowList) {
                values.add(rows.stream()
                        .filter(r -> label(r).equals(flow) && seriesName(r).equals(name))
                        .mapToDouble(BenchmarkRow::averageTravelTime_s)
                        .findFirst()
                        .orElse(0));
            }
            chart.addSeries(name, flowList, values);
        }
        javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", file.toFile());
    }

    /** A short axis label: the flow name without CityFlow's "anon_R_C_" prefix. */
    private static String label(BenchmarkRow r) {
        return r.flow().replaceFirst("^anon_\\d+_\\d+_", "");
    }

    private static String seriesName(BenchmarkRow r) {
        return r.controller() + " (" + r.protocol() + ")";
    }
}
