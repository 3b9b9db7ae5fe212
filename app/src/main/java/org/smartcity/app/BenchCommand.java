package org.smartcity.app;

import org.smartcity.app.bench.CourtBench;
import org.smartcity.app.bench.CourtIndexBench;
import org.smartcity.app.bench.FidelityBench;
import org.smartcity.app.bench.ScaleBench;
import org.smartcity.app.bench.SpeedBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity bench …}: measured evaluations on real and generated data. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks: traffic fidelity to CityFlow, speed, scale; court review speed, case library scale.",
        subcommands = {FidelityBench.class, SpeedBench.class, ScaleBench.class, CourtBench.class, CourtIndexBench.class
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
