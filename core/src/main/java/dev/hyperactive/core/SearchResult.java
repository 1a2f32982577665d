package dev.hyperactive.core;

import java.util.List;
import java.util.Map;

/**
 * The outcome of all jobs of one objective, merged over every search added for it.
 *
 * @param searchId the name shown for the search
 * @param jobs the job results in job order
 * @param bestScore the best finite score over all jobs (the first job wins ties), or NaN
 * @param bestParameters the values at the best score, empty when no score was finite
 * @param bestJob the job of the best score, or -1
 * @param bestIteration the 0-based iteration of the best score within that job, or -1
 * @param evaluations the objective calls of all jobs
 * @param evalSeconds the evaluation time summed over the jobs, in seconds
 * @param totalSeconds the wall time of the run, in seconds
 */
public record SearchResult(
        String searchId,
        List<JobResult> jobs,
        double bestScore,
        Map<String, Object> bestParameters,
        int bestJob,
        int bestIteration,
        int evaluations,
        double evalSeconds,
        double totalSeconds) {

    /** Copies the collections so the record stays immutable. */
    public SearchResult {
        jobs = List.copyOf(jobs);
        bestParameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bestParameters));
    }
}
