package org.smartcity.app.traffic.emergency;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code smartcity traffic emergency …}: ambulance routing and signal pre-emption. */
@Command(
        name = "emergency",
        mixinStandardHelpOptions = true,
        description = "Emergency vehicle priority: fastest routes on live travel times and signal pre-emption.",
        subcommands = {EmergencyEvaluateCommand.class})
public final class EmergencyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
