package dev.hyperactive.core.internal.engine;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchData;
import dev.hyperactive.core.JobResult;
import dev.hyperactive.core.SearchFailedException;
import dev.hyperactive.core.SearchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a run: every job's rows and results, the wall time and the failure, if any. Read
 * it only after the run has ended.
 */
public final class RunOutcome {

    private final List<JobRun> jobs;
    private final long totalNanos;
    private final SearchFailedException failure;

    RunOutcome(List<JobRun> jobs, long totalNanos, SearchFailedException failure) {
        this.jobs = List.copyOf(jobs);
        this.totalNanos = totalNanos;
        this.failure = failure;
    }

    /** Returns the failure that stopped the run, or null. */
    public SearchFailedException failure() {
        return failure;
    }

    /** Returns the results of all jobs in global job order. */
    public List<JobResult> jobResults() {
        List<JobResult> results = new ArrayList<>(jobs.size());
        for (JobRun job : jobs) {
            results.add(job.result());
        }
        return results;
    }

    /** Returns the merged result of the jobs of {@code objective}, over every search added for it. */
    public SearchResult result(Objective objective) {
        List<JobResult> results = new ArrayList<>();
        for (JobRun job : jobsOf(objective)) {
            results.add(job.result());
        }
        return SearchResults.merge(results, totalNanos / 1e9);
    }

    /** Returns the search data of the jobs of {@code objective}, concatenated in job order. */
    public SearchData searchData(Objective objective, boolean withTimes) {
        return SearchDataAssembler.assemble(jobsOf(objective), withTimes);
    }

    private List<JobRun> jobsOf(Objective objective) {
        List<JobRun> selected = new ArrayList<>();
        for (JobRun job : jobs) {
            if (job.search().objective() == objective) {
                selected.add(job);
            }
        }
        return selected;
    }
}
