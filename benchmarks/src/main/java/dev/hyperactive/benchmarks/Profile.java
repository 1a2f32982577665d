package dev.hyperactive.benchmarks;

import java.util.Locale;

/**
 * How long the benchmarks run: JMH's defaults (5 forks and long iterations) would take hours on two
 * cores, so there are two shorter profiles.
 *
 * @param forks JVM forks per benchmark and parameter set
 * @param warmups warm-up iterations of 1 s for time-based benchmarks
 * @param measurements measured iterations of 1 s for time-based benchmarks
 * @param warmupShots warm-up runs for single-shot benchmarks (whole searches)
 * @param measuredShots measured runs for single-shot benchmarks
 */
record Profile(String name, int forks, int warmups, int measurements, int warmupShots, int measuredShots) {

    /**
     * A few minutes: 1 fork, 2 warm-up and 3 measured iterations, 5 warm-up and 10 measured whole
     * runs.
     */
    static final Profile SHORT = new Profile("short", 1, 2, 3, 5, 10);

    /**
     * About ten times longer: 3 forks, 5 warm-up and 5 measured iterations, 10 warm-up and 20
     * measured whole runs per fork.
     */
    static final Profile FULL = new Profile("full", 3, 5, 5, 10, 20);

    /**
     * Returns the profile called {@code name}.
     *
     * @throws IllegalArgumentException if it is neither {@code short} nor {@code full}
     */
    static Profile named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "short" -> SHORT;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("profile must be short or full: " + name);
        };
    }
}
