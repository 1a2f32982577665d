package dev.hyperactive.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.JobResult;
import dev.hyperactive.core.SearchResult;

/**
 * Builds the JSON summary of a {@code run}: one object with the search's settings, its best result,
 * its counts and times, and one entry per job. Fields are written in a fixed order, so two runs with
 * the same seed differ only in the time fields.
 */
final class RunSummary {

    private RunSummary() {
    }

    /**
     * Returns the summary object.
     *
     * @param result the result of the search
     * @param space the search space, for the labels of non-numeric values
     * @param objective the problem or study name
     * @param optimizer the registry name of the optimizer
     * @param nIter the iterations per job
     * @param seed the random state of job 0
     */
    static ObjectNode toJson(SearchResult result, SearchSpace space, String objective, String optimizer,
            int nIter, long seed) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", objective);
        node.put("optimizer", optimizer);
        node.put("n_iter", nIter);
        node.put("n_jobs", result.jobs().size());
        node.put("seed", seed);
        node.set("best_score", JsonValues.score(result.bestScore()));
        node.set("best_parameters", JsonValues.parameters(result.bestParameters(), space));
        node.put("best_job", result.bestJob());
        node.put("best_iteration", result.bestIteration());
        node.put("n_evaluations", result.evaluations());
        node.put("eval_seconds", result.evalSeconds());
        node.put("total_seconds", result.totalSeconds());

        ArrayNode jobs = node.putArray("jobs");
        for (JobResult job : result.jobs()) {
            jobs.add(toJson(job, space));
        }
        return node;
    }

    private static ObjectNode toJson(JobResult job, SearchSpace space) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("job", job.job());
        node.put("seed", job.seed());
        node.set("best_score", JsonValues.score(job.bestScore()));
        node.set("best_parameters", JsonValues.parameters(job.bestParameters(), space));
        node.put("best_iteration", job.bestIteration());
        node.put("n_evaluations", job.evaluations());
        node.put("eval_seconds", job.evalSeconds());
        node.put("total_seconds", job.totalSeconds());
        return node;
    }
}
