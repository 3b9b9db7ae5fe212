package org.smartcity.traffic.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriverRandomTest {

    @Test
    void drawsTheSameDoublesAsSplittableRandomForTheSameSeed() {
        for (long seed : new long[] {0, 1, -7, 0x5DEECE66DL, Long.MAX_VALUE, 42 ^ 0x5DEECE66DL}) {
            DriverRandom ours = new DriverRandom(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 1000; i++) {
                assertThat(ours.nextDouble()).isEqualTo(jdk.nextDouble());
            }
        }
    }

    @Test
    void drawsStayInTheUnitInterval() {
        DriverRandom r = new DriverRandom(3);
        for (int i = 0; i < 10_000; i++) {
            assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }
}
