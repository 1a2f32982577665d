package dev.hyperactive.optimizers.global;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs an optimizer of this module through the engine on a shifted test function, with the default
 * initialization (4 grid, 2 random and 4 vertex positions), once per seed.
 */
final class EngineRuns {

    private EngineRuns() {
    }

    /**
     * Returns the best loss of each run, for seeds 0 to {@code seeds - 1}.
     *
     * @param problem the test function: sphere, ackley, rastrigin or rosenbrock
     * @param dims the number of dimensions, each of 101 values
     */
    static double[] bestLosses(OptimizerSpec spec, String problem, int dims, int iterations, int seeds) {
        Hyperactive hyperactive = Hyperactive.builder()
                .verbosity()
                .providers(List.of(new RandomSearchProvider(), new PowellsMethodProvider(),
                        new PatternSearchProvider(), new LipschitzProvider(), new DirectAlgorithmProvider(),
                        new RandomRestartHillClimbingProvider(), new RandomAnnealingProvider()))
                .build();

        List<Objective> objectives = new ArrayList<>();
        for (int seed = 0; seed < seeds; seed++) {
            Problem instance = Problem.of(problem, dims, 101);
            Objective objective = instance.objective();
            objectives.add(objective);
            hyperactive.addSearch(objective, instance.searchSpace(), iterations,
                    SearchOptions.builder().optimizer(spec).randomState(seed).build());
        }
        hyperactive.run();

        double[] losses = new double[seeds];
        for (int seed = 0; seed < seeds; seed++) {
            losses[seed] = 0.0 - hyperactive.bestScore(objectives.get(seed));
        }
        return losses;
    }

    /** Returns the median of {@code values}: the mean of the middle two for an even count. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
