package dev.hyperactive.core;

import java.util.SplittableRandom;

/**
 * Derives the seed of each job of a search from the search's {@code randomState}.
 *
 * <p>Job 0 uses {@code randomState} itself. Job k &gt; 0 uses a SplitMix64 mix of
 * {@code randomState} and k, never {@code randomState + k}, because neighbouring seeds make
 * correlated streams in simple generators ({@code new java.util.Random(s).nextInt(16)} is 11 for
 * every s from 0 to 7). Every job reports the seed it ran with, and that seed given as
 * {@code randomState} with one job reproduces the job.
 */
public final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * Returns the seed of job {@code job} of a search with the given {@code randomState}.
     *
     * @throws IllegalArgumentException if {@code job} is negative
     */
    public static long forJob(long randomState, int job) {
        if (job < 0) {
            throw new IllegalArgumentException("job must not be negative: " + job);
        }
        if (job == 0) {
            return randomState;
        }
        return mix64(randomState + job * GOLDEN_GAMMA);
    }

    /**
     * Returns a fresh random seed that is not negative and fits in 31 bits, so that users can retype
     * it as a {@code randomState}.
     */
    public static long draw() {
        return new SplittableRandom().nextInt(Integer.MAX_VALUE);
    }

    /** Applies the SplitMix64 finalizer (Steele, Lea and Flood, 2014). */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
