package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.SearchOptions;
import java.time.Duration;

/**
 * The limits checked after every iteration besides {@code n_iter}: {@code max_time},
 * {@code max_score} and early stopping. Zero is a limit like any other.
 */
final class StoppingRules {

    private final long maxTimeNanos;
    private final double maxScore;
    private final EarlyStoppingRule earlyStopping;

    StoppingRules(SearchOptions options) {
        this.maxTimeNanos = options.maxTime().map(StoppingRules::saturatedNanos).orElse(-1L);
        this.maxScore = options.maxScore().orElse(Double.NaN);
        this.earlyStopping = options.earlyStopping().map(EarlyStoppingRule::new).orElse(null);
    }

    /**
     * Returns whether the job stops after an iteration.
     *
     * @param elapsedNanos the time since the job's loop started
     * @param score the score of the iteration
     * @param bestScore the best finite score so far, or NaN
     */
    boolean shouldStop(long elapsedNanos, double score, double bestScore) {
        boolean stop = earlyStopping != null && earlyStopping.shouldStop(score);
        if (maxTimeNanos >= 0 && elapsedNanos >= maxTimeNanos) {
            stop = true;
        }
        if (!Double.isNaN(maxScore) && bestScore >= maxScore) {
            stop = true;
        }
        return stop;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
