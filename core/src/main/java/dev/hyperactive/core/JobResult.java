package dev.hyperactive.core;

import java.util.Map;

/**
 * The outcome of one job of a search.
 *
 * @param job the 0-based job index within its search
 * @param searchId the name shown for the search
 * @param optimizer the registry name of the optimizer
 * @param optimizerDisplayName the display name of the optimizer
 * @param seed the seed the job ran with; giving it as {@code randomState} with one job reproduces it
 * @param bestScore the best finite score, or NaN when no score was finite
 * @param bestParameters the values at the best score, empty when no score was finite
 * @param bestExtras the extra outputs recorded at the best score, in recording order
 * @param bestIteration the 0-based iteration of the best score within the job, or -1
 * @param iterations the number of iterations run (search-data rows of the job)
 * @param evaluations the number of objective calls the job made
 * @param evalSeconds the time spent in the objective and the callbacks, in seconds
 * @param totalSeconds the wall time of the job's loop, in seconds
 */
public record JobResult(
        int job,
        String searchId,
        String optimizer,
        String optimizerDisplayName,
        long seed,
        double bestScore,
        Map<String, Object> bestParameters,
        Map<String, Object> bestExtras,
        int bestIteration,
        int iterations,
        int evaluations,
        double evalSeconds,
        double totalSeconds) {

    /** Copies the maps so the record stays immutable. */
    public JobResult {
        bestParameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bestParameters));
        bestExtras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bestExtras));
    }

    /** Returns whether the job found a finite score. */
    public boolean hasFiniteScore() {
        return !Double.isNaN(bestScore);
    }
}
