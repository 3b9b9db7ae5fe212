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
                "| network | flow | protocol | controller | vehicles | ATT s | approach time s | delay s | throughput | max wait s | max entry wait s | decision ms |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (BenchmarkRow r : rows) {
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %d | %.1f | %.1f | %.1f | %d | %.0f | %.0f | %.3f |",
                    r.network(),
                    r.flow(),
                    r.protocol(),
                    r.controller(),
                    r.vehicles(),
                    r.averageTravelTime_s(),
                    r.averageApproachTime_s(),
                    r.averageDelay_s(),
                    r.throughput(),
                    r.maxWait_s(),
                    r.maxEntryWait_s(),
                    r.meanDecision_ms()));
        }
        return lines;
    }

    /**
     * One chart per protocol, stacked: a group of bars per flow, a bar per controller; controllers
     * that keep their own timing (the plan) appear in every chart as the reference.
     */
    static void chart(List<BenchmarkRow> rows, Path file) throws IOException {
        Set<String> protocols = new LinkedHashSet<>();
        for (BenchmarkRow r : rows) {
            if (!r.protocol().equals("native")) {
                protocols.add(r.protocol());
            }
        }
        if (protocols.isEmpty()) {
            protocols.add("native");
        }
        List<java.awt.image.BufferedImage> images = new ArrayList<>();
        for (String protocol : protocols) {
            List<BenchmarkRow> shown = rows.stream()
                    .filter(r -> r.protocol().equals(protocol) || r.protocol().equals("native"))
                    .toList();
            images.add(BitmapEncoder.getBufferedImage(chartOf(shown, protocol)));
        }
        int width = images.stream()
                .mapToInt(java.awt.image.BufferedImage::getWidth)
                .max()
                .orElse(1);
        int height = images.stream()
                .mapToInt(java.awt.image.BufferedImage::getHeight)
                .sum();
        java.awt.image.BufferedImage all =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = all.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        int y = 0;
        for (java.awt.image.BufferedImage image : images) {
            g.drawImage(image, 0, y, null);
            y += image.getHeight();
        }
        g.dispose();
        javax.imageio.ImageIO.write(all, "png", file.toFile());
    }

    private static CategoryChart chartOf(List<BenchmarkRow> rows, String protocol) {
        Set<String> flows = new LinkedHashSet<>();
        Set<String> controllers = new LinkedHashSet<>();
        for (BenchmarkRow r : rows) {
            flows.add(label(r));
            controllers.add(r.controller());
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(Math.max(900, 60 * flows.size() * controllers.size() + 250))
                .height(420)
                .title("Average travel time, " + protocol + " protocol (lower is better)")
                .xAxisTitle("flow")
                .yAxisTitle("average travel time (s)")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setOverlapped(false);
        List<String> flowList = new ArrayList<>(flows);
        for (String controller : controllers) {
            List<Double> values = new ArrayList<>();
            for (String flow : flowList) {
                values.add(rows.stream()
                        .filter(r -> label(r).equals(flow) && r.controller().equals(controller))
                        .mapToDouble(BenchmarkRow::averageTravelTime_s)
                        .findFirst()
                        .orElse(0));
            }
            chart.addSeries(controller, flowList, values);
        }
        return chart;
    }

    /** A short axis label: the flow name without CityFlow's "anon_R_C_" prefix. */
    private static String label(BenchmarkRow r) {
        return r.flow().replaceFirst("^anon_\\d+_\\d+_", "");
    }
}
