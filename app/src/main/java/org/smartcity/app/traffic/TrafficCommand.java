package org.smartcity.app.traffic;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity traffic …}: the City Brain digital twin. */
@Command(
        name = "traffic",
        mixinStandardHelpOptions = true,
        description =
                "Digital twin of city traffic: simulate networks, compare signal controllers, generate test grids.",
        subcommands = {
            SimulateCommand.class,
            GenerateCommand.class,
            BenchmarkCommand.class,
            TrafficDemoCommand.class,
            org.smartcity.app.traffic.emergency.EmergencyCommand.class,
            IncidentsCommand.class,
            StreamCommand.class,
            PublishCommand.class
        })
public final class TrafficCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
