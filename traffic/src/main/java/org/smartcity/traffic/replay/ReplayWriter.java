package org.smartcity.traffic.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.smartcity.traffic.network.RoadNetwork;
import org.smartcity.traffic.sim.Simulation;

/**
 * Writes a compact, gzip-compressed text replay of a run, one line per step, for playback in the web
 * UI. Format {@code smartcity-replay/1}:
 *
 * <pre>
 * # smartcity-replay/1 step_s=1.0 lanes=240 laneLinks=576 intersections=32
 * t=12.0|veh,drv,pos_m,speed_mps;veh,drv,pos_m,speed_mps;…|intersection:phase,…
 * </pre>
 *
 * {@code drv} is a lane id when {@code >= 0} and lane link {@code -1-drv} otherwise (dense ids of the
 * network read from the same roadnet file); positions are metres from the drivable's start. The
 * signal part lists each signalised intersection with the phase it shows. Not thread-safe.
 */
public final class ReplayWriter implements Simulation.StepObserver, AutoCloseable {
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(1 << 16);

    private ReplayWriter(BufferedWriter out) {
        this.out = out;
    }

    public static ReplayWriter open(Path file, Simulation simulation) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8));
        RoadNetwork n = simulation.network();
        out.write(String.format(
                Locale.ROOT,
                "# smartcity-replay/1 step_s=%s lanes=%d laneLinks=%d intersections=%d%n",
                simulation.step_s(),
                n.laneCount(),
                n.laneLinkCount(),
                n.intersectionCount()));
        return new ReplayWriter(out);
    }

    @Override
    public void afterStep(Simulation simulation) {
        line.setLength(0);
        line.append("t=").append(simulation.time_s()).append('|');
        int start = line.length();
        simulation.forEachRunningVehicle((vehicle, drivable, onLaneLink, pos_m, speed_mps) -> {
            if (line.length() > start) {
                line.append(';');
            }
            line.append(vehicle)
                    .append(',')
                    .append(onLaneLink ? -1 - drivable : drivable)
                    .append(',')
                    .append(Math.round(pos_m * 10) / 10.0)
                    .append(',')
                    .append(Math.round(speed_mps * 10) / 10.0);
        });
        line.append('|');
        RoadNetwork n = simulation.network();
        boolean first = true;
        for (int i = 0; i < n.intersectionCount(); i++) {
            int phase = simulation.signals().shownPhase(i);
            if (phase >= 0) {
                if (!first) {
                    line.append(',');
                }
                line.append(i).append(':').append(phase);
                first = false;
            }
        }
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write replay", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
