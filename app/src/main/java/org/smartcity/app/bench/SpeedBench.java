package org.smartcity.app.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code smartcity bench speed}: wall time on the Hangzhou network against CityFlow and SUMO. */
@Command(name = "speed", mixinStandardHelpOptions = true, description = "Measure simulation speed on Hangzhou.")
public final class SpeedBench implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
