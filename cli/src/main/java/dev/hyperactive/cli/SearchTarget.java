package dev.hyperactive.cli;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.api.Study;
import dev.hyperactive.core.problems.Problem;

/**
 * The search of one {@code run}: a built-in problem or a study, with the options and iteration count
 * it uses when the command line gives none.
 *
 * @param name the problem or study name, used as the search id and as {@code objective} in the JSON
 * @param space the search space
 * @param objective the objective; results are keyed by this instance
 * @param baseOptions the options that command-line flags override
 * @param defaultIterations the n_iter used without {@code --n-iter}
 */
record SearchTarget(String name, SearchSpace space, Objective objective, SearchOptions baseOptions,
        int defaultIterations) {

    /** The n_iter of a problem run without {@code --n-iter}, as in Hyperactive. */
    static final int DEFAULT_ITERATIONS = 100;

    /** Returns the target of a built-in test problem, with add_search's default options. */
    static SearchTarget of(Problem problem) {
        return new SearchTarget(problem.name(), problem.searchSpace(), problem.objective(),
                SearchOptions.defaults(), DEFAULT_ITERATIONS);
    }

    /** Returns the target of a study, with its default options and iteration count. */
    static SearchTarget of(Study study) {
        return new SearchTarget(study.name(), study.searchSpace(), study.objective(), study.defaultOptions(),
                study.defaultIterations());
    }
}
