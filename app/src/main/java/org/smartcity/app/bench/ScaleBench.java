package org.smartcity.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartcity bench scale}: one simulated hour on generated n×n grids laid out like Hangzhou
 * (300 m, 110 veh/h per entry road, the roadnet's own plan, no lane changes), each in a fresh JVM on
 * one core; reports wall time and peak memory against CityFlow's single-thread figures and plots both.
 */
@Command(
        name = "scale",
        mixinStandardHelpOptions = true,
        description = "Wall time and memory on generated n x n grids (one core), with a PNG plot against CityFlow.")
public final class ScaleBench implements Callable<Integer> {

    /** CityFlow single thread on the same kind of grid (shared data README): n, wall s, peak MiB. */
    private static final double[][] CITYFLOW = {
        {4, 1.26, 10}, {10, 3.05, 31}, {20, 12.4, 108}, {30, 34.0, 232}, {36, 55.3, 331}
    };

    @Option(
            names = "--sizes",
            defaultValue = "4,10,20,30,36",
            split = ",",
            description = "Grid sizes n (n×n signals) (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(
            names = "--out",
            defaultValue = "bench-out",
            description = "Folder for scale.png and scale.md (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        for (int n : sizes) {
            if (n < 1 || n > 60) {
                throw new UserError("--sizes: grid size must be in 1..60, got " + n);
            }
        }
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("smartcity-scale");
        List<String> rows = new ArrayList<>();
        rows.add(
                "| grid | signals | vehicles | smartcity wall s | of which JVM start | smartcity peak MiB | CityFlow wall s | CityFlow peak MiB | ATT s |");
        rows.add("|---|---|---|---|---|---|---|---|---|");
        List<Double> signals = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        List<Double> memory = new ArrayList<>();
        for (int n : sizes) {
            GridGenerator.GridFiles files = new GridGenerator().write(GridSpec.of(n, n), work.resolve(n + "x" + n));
            ChildRun.Result r = ChildRun.simulate(
                    ChildRun.oneCore(),
                    Launcher.jvmOptions(),
                    List.of(
                            "--roadnet",
                            files.roadnet().toString(),
                            "--flow",
                            files.flow().toString(),
                            "--controller",
                            "plan"));
            double peak = r.summary().path("peakMemory_MiB").asDouble();
            double[] ref = reference(n);
            rows.add(String.format(
                    Locale.ROOT,
                    "| %dx%d | %d | %d | %.1f | %.1f | %.0f | %s | %s | %.1f |",
                    n,
                    n,
                    n * n,
                    files.vehicles(),
                    r.processWall_s(),
                    r.processWall_s() - r.simulateWall_s(),
                    peak,
                    ref == null ? "–" : String.format(Locale.ROOT, "%.1f", ref[1]),
                    ref == null ? "–" : String.format(Locale.ROOT, "%.0f", ref[2]),
                    r.summary().path("averageTravelTime_s").asDouble()));
            System.err.println(rows.get(rows.size() - 1));
            signals.add((double) n * n);
            wall.add(r.processWall_s());
            memory.add(peak);
        }
        Path plot = out.resolve("scale.png");
        plot(signals, wall, memory, plot);
        Files.write(out.resolve("scale.md"), rows);
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("plot: " + plot);
        return 0;
    }

    private static double[] reference(int n) {
        for (double[] row : CITYFLOW) {
            if (row[0] == n) {
                return row;
            }
        }
        return null;
    }

    private static void plot(List<Double> signals, List<Double> wall, List<Double> memory, Path file)
            throws IOException {
        double[] refSignals = new double[CITYFLOW.length];
        double[] refWall = new double[CITYFLOW.length];
        double[] refMemory = new double[CITYFLOW.length];
        for (int i = 0; i < CITYFLOW.length; i++) {
            refSignals[i] = CITYFLOW[i][0] * CITYFLOW[i][0];
            refWall[i] = CITYFLOW[i][1];
            refMemory[i] = CITYFLOW[i][2];
        }
        XYChart time = chart("Wall time for one simulated hour", "wall time (s)");
        time.addSeries("smartcity (JVM start included)", signals, wall).setMarker(SeriesMarkers.CIRCLE);
        time.addSeries("CityFlow, one thread", refSignals, refWall).setMarker(SeriesMarkers.SQUARE);
        XYChart mem = chart("Peak memory", "peak resident memory (MiB)");
        mem.addSeries("smartcity (JVM)", signals, memory).setMarker(SeriesMarkers.CIRCLE);
        mem.addSeries("CityFlow", refSignals, refMemory).setMarker(SeriesMarkers.SQUARE);
        BitmapEncoder.saveBitmap(List.of(time, mem), 1, 2, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart chart(String title, String yTitle) {
        XYChart c = new XYChartBuilder()
                .width(640)
                .height(420)
                .title(title)
                .xAxisTitle("signalised intersections (n×n grid)")
                .yAxisTitle(yTitle)
                .build();
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW);
        return c;
    }
}
