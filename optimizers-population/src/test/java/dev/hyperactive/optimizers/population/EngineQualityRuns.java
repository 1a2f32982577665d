package dev.hyperactive.optimizers.population;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one optimizer on a shifted test function through the engine, one search per seed, and
 * returns the best loss of each. The engine computes the initial positions, with memory on as by
 * default, so the figures compare with those of the benchmark runs.
 */
final class EngineQualityRuns {

    private EngineQualityRuns() {
    }

    /**
     * Returns the best loss per seed {@code 0 .. seeds - 1}.
     *
     * @param provider the provider of {@code spec}
     * @param spec the optimizer to run
     * @param problem the test function
     * @param iterations the number of iterations per seed
     * @param initialization the initial positions
     * @param seeds the number of seeds
     */
    static double[] bestLosses(OptimizerProvider provider, OptimizerSpec spec, Problem problem, int iterations,
            Initialization initialization, int seeds) {
        Hyperactive hyperactive = Hyperactive.builder().verbosity().providers(List.of(provider)).build();
        List<Objective> objectives = new ArrayList<>();
        for (int seed = 0; seed < seeds; seed++) {
            Objective shared = problem.objective();
            Objective objective = parameters -> shared.evaluate(parameters);
            objectives.add(objective);
            hyperactive.addSearch(objective, problem.searchSpace(), iterations, SearchOptions.builder()
                    .optimizer(spec).initialize(initialization).randomState(seed).build());
        }
        hyperactive.run();

        double[] losses = new double[seeds];
        for (int seed = 0; seed < seeds; seed++) {
            losses[seed] = -hyperactive.bestScore(objectives.get(seed));
        }
        return losses;
    }

    /** Returns the median of {@code values}. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return (sorted[(n - 1) / 2] + sorted[n / 2]) / 2;
    }

    /** Returns the mean of {@code values}. */
    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
