package dev.hyperactive.core.internal.engine;

import dev.hyperactive.core.JobResult;
import dev.hyperactive.core.SearchResult;
import java.util.List;
import java.util.Map;

/** Merges job results into the result of one objective. */
final class SearchResults {

    private SearchResults() {
    }

    /**
     * Returns the merged result: the best finite score over the jobs (strictly greater, so the
     * first job wins ties), summed evaluations and evaluation time, and the run's wall time.
     */
    static SearchResult merge(List<JobResult> jobs, double totalSeconds) {
        JobResult best = null;
        int evaluations = 0;
        double evalSeconds = 0;
        for (JobResult job : jobs) {
            if (job.hasFiniteScore() && (best == null || job.bestScore() > best.bestScore())) {
                best = job;
            }
            evaluations += job.evaluations();
            evalSeconds += job.evalSeconds();
        }

        String searchId = jobs.isEmpty() ? "" : jobs.get(0).searchId();
        if (best == null) {
            return new SearchResult(searchId, jobs, Double.NaN, Map.of(), -1, -1, evaluations, evalSeconds,
                    totalSeconds);
        }
        return new SearchResult(searchId, jobs, best.bestScore(), best.bestParameters(), best.job(),
                best.bestIteration(), evaluations, evalSeconds, totalSeconds);
    }
}
