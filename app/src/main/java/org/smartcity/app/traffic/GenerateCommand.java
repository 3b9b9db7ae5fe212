package org.smartcity.app.traffic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartcity.app.cli.UserError;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code smartcity traffic generate grid}: writes a synthetic CityFlow network and demand. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate synthetic networks and demand.",
        subcommands = {GenerateCommand.Grid.class})
public final class GenerateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A rows × cols grid laid out like the CityFlow Hangzhou network. */
    @Command(
            name = "grid",
            mixinStandardHelpOptions = true,
            description = "Write roadnet_RxC.json and flow_RxC.json for a grid of signalised intersections.")
    public static final class Grid implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--rows", required = true, description = "Signalised intersections north–south.")
        int rows;

        @Option(names = "--cols", required = true, description = "Signalised intersections east–west.")
        int cols;

        @Option(
                names = "--spacing",
                defaultValue = "300",
                description = "Metres between intersections (default: ${DEFAULT-VALUE}).")
        double spacing_m;

        @Option(
                names = "--vehicles-per-hour",
                defaultValue = "110",
                description = "Vehicles per hour entering on each boundary road (default: ${DEFAULT-VALUE}).")
        double vehiclesPerHour;

        @Option(
                names = "--turn-probability",
                defaultValue = "0.2",
                description = "Chance of turning at a signal, at most two turns (default: ${DEFAULT-VALUE}).")
        double turnProbability;

        @Option(
                names = "--duration",
                defaultValue = "3600",
                description = "Seconds over which vehicles depart (default: ${DEFAULT-VALUE}).")
        int duration_s;

        @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", defaultValue = ".", description = "Folder to write into (default: current folder).")
        Path out;

        @Override
        public Integer call() throws IOException {
            GridSpec grid;
            try {
                grid = new GridSpec(rows, cols, spacing_m, vehiclesPerHour, turnProbability, duration_s, seed);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            GridGenerator.GridFiles files = new GridGenerator().write(grid, out);
            java.io.PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + files.roadnet() + " (" + rows * cols + " signalised intersections)");
            out.println("wrote " + files.flow() + " (" + files.vehicles() + " vehicles)");
            out.flush();
            return 0;
        }
    }
}
