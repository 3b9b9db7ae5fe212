package org.smartcity.traffic.sim;

/**
 * The drivers' random numbers (speed factors, dawdling): the SplitMix64 generator of Steele, Lea and
 * Flood, seeded as {@link java.util.SplittableRandom#SplittableRandom(long)} is, so that it yields the
 * same sequence of doubles as that class for the same seed. A final class with no interface calls, so
 * that the compiler used for short runs (C1) inlines a draw into the per-vehicle loop that makes it;
 * {@code SplittableRandom.nextDouble} reaches {@code nextLong} through an interface default method.
 * Not thread-safe.
 */
final class DriverRandom {
    /** The odd increment of the state (the golden ratio in 64-bit fixed point). */
    private static final long GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    DriverRandom(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    long nextLong() {
        long z = (state += GAMMA);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A uniform draw in [0, 1): the top 53 bits of {@link #nextLong()}. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
