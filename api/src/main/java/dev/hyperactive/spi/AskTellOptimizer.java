package dev.hyperactive.spi;

/**
 * One run of an optimizer: it proposes positions with {@link #ask()} and learns their scores through
 * {@link #tell(int[], double)}.
 *
 * <p>The engine alternates strictly: every {@code ask()} is followed by exactly one {@code tell}
 * for the returned position, or by {@link #reject(int[])} when the position violates a constraint.
 * A run is single-threaded. The first asks return the context's initial positions in order, before
 * the optimizer's own moves (population optimizers deal them to their members).
 *
 * <p>Scores are maximized and may be NaN or infinite; such scores must never become the best and
 * must not break the optimizer. A score that repeats for a position already told (a cache hit) is
 * told again like any other.
 */
public interface AskTellOptimizer {

    /**
     * Returns the next position to evaluate: a fresh array with one index per dimension, each in
     * {@code [0, size)}.
     */
    int[] ask();

    /**
     * Reports the score of the position returned by the last {@link #ask()}.
     *
     * @param position the asked position
     * @param score its score, higher is better; NaN or infinite for failed evaluations
     */
    void tell(int[] position, double score);

    /**
     * Reports that the position returned by the last {@link #ask()} violates a constraint and was not
     * evaluated. It does not count as an iteration. The default does nothing, so the next ask simply
     * proposes again.
     */
    default void reject(int[] position) {
    }
}
