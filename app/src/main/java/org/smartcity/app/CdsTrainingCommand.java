package org.smartcity.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.smartcity.app.cli.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code smartcity cds-training} (hidden): the short run the {@code ./smartcity} script records its
 * class-data-sharing archive from after each build. It runs {@code traffic demo} on a 1×1 grid and
 * {@code bench sumo} (smartcity's side only) on a bundled SUMO scenario of one signalised junction,
 * so that the archive holds the classes, and the lambdas, of both the CityFlow and the SUMO paths
 * instead of the first SUMO network paying for loading them. Output is discarded; exit code 0 when
 * both runs succeeded.
 */
@Command(
        name = "cds-training",
        hidden = true,
        description = "Short training run for the JVM's class-data-sharing archive (used by the ./smartcity script).")
public final class CdsTrainingCommand implements Callable<Integer> {
    private static final String[] SCENARIO_FILES = {"training.net.xml", "training.rou.xml", "training.sumocfg"};

    @Override
    public Integer call() throws IOException {
        int demo = quiet(SmartcityCli.newCommandLine()).execute("traffic", "demo", "--rows", "1", "--cols", "1");
        Path data = Files.createTempDirectory("smartcity-cds-training");
        try {
            Path scenario = Files.createDirectory(data.resolve("sumo-training"));
            for (String name : SCENARIO_FILES) {
                try (InputStream in = CdsTrainingCommand.class.getResourceAsStream("/cds-training/" + name)) {
                    if (in == null) {
                        throw new UserError(
                                "cds-training: resource /cds-training/" + name + " is missing from the jar");
                    }
                    Files.copy(in, scenario.resolve(name));
                }
            }
            int sumo = quiet(SmartcityCli.newCommandLine())
                    .execute(
                            "bench",
                            "sumo",
                            "--data",
                            data.toString(),
                            "--sumo",
                            data.resolve("no-sumo").toString());
            return demo == 0 && sumo == 0 ? 0 : 1;
        } finally {
            deleteTree(data);
        }
    }

    private static CommandLine quiet(CommandLine cli) {
        cli.setOut(new PrintWriter(Writer.nullWriter()));
        cli.setErr(new PrintWriter(Writer.nullWriter()));
        return cli;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
