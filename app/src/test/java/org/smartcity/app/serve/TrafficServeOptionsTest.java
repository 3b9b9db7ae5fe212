package org.smartcity.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 17, item 12: the served twin repeats its demand unless told to stop at the horizon. */
class TrafficServeOptionsTest {
    @CommandLine.Command(name = "probe")
    static final class Probe {
        @CommandLine.Mixin
        TrafficServeOptions traffic;
    }

    private static TrafficServeOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.traffic;
    }

    @Test
    void theServedTwinRepeatsItsDemandEveryHorizonByDefault() {
        assertThat(parse("--horizon", "1800").settings()).satisfies(s -> {
            assertThat(s.repeatDemand()).isTrue();
            assertThat(s.horizon_s()).isEqualTo(1800.0);
        });
        assertThat(parse("--stop-at-horizon").settings().repeatDemand()).isFalse();
    }
}
