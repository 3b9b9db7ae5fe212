package org.smartcity.app;

import org.smartcity.app.bench.CourtBench;
import org.smartcity.app.bench.CourtIndexBench;
import org.smartcity.app.bench.CourtQualityBench;
import org.smartcity.app.bench.CourtSuggestBench;
import org.smartcity.app.bench.DashboardBench;
import org.smartcity.app.bench.FidelityBench;
import org.smartcity.app.bench.IntakeBench;
import org.smartcity.app.bench.ScaleBench;
import org.smartcity.app.bench.SpeedBench;
import org.smartcity.app.bench.StreamBench;
import org.smartcity.app.bench.SumoBench;
import org.smartcity.app.bench.WebBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity bench …}: measured evaluations on real and generated data. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Benchmarks: traffic fidelity to CityFlow, speed, scale, SUMO side by side; court review speed and quality; court workspace under load; Flink stream throughput; live dashboard; case library scale; court suggestion speed; case-file intake.",
        subcommands = {
            FidelityBench.class,
            SpeedBench.class,
            ScaleBench.class,
            SumoBench.class,
            CourtBench.class,
            CourtQualityBench.class,
            WebBench.class,
            StreamBench.class,
            CourtIndexBench.class,
            CourtSuggestBench.class,
            DashboardBench.class,
            IntakeBench.class
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
