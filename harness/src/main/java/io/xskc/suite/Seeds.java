package io.xskc.suite;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Derives independent, reproducible generators from the run's seed. */
public final class Seeds {
    private Seeds() {
    }

    public static RandomGenerator generator(long runSeed, String purpose) {
        // Mix with a string hash that is stable across JVMs (String.hashCode is specified).
        return new SplittableRandom(runSeed ^ (0x9E3779B97F4A7C15L * purpose.hashCode()));
    }
}
