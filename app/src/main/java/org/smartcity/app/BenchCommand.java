package org.smartcity.app;

import org.smartcity.app.bench.CourtBench;
import org.smartcity.app.bench.DashboardBench;
import org.smartcity.app.bench.FidelityBench;
import org.smartcity.app.bench.ScaleBench;
import org.smartcity.app.bench.SpeedBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity bench …}: measured evaluations on real and generated data. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks: traffic fidelity to CityFlow, speed, scale, live dashboard; court review speed.",
        subcommands = {FidelityBench.class, SpeedBench.class, ScaleBench.class, CourtBench.class, DashboardBench.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
