package org.smartcity.app.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code smartcity bench scale}: wall time and memory against grid size. */
@Command(
        name = "scale",
        mixinStandardHelpOptions = true,
        description = "Measure wall time and memory on generated grids.")
public final class ScaleBench implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
