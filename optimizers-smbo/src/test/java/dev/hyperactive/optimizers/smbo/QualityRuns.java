package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs of an optimizer, or of uniform random search, on a built-in test problem, driven by a plain
 * ask/tell loop: the initial positions are {@code vertices} random corners followed by
 * {@code random} uniform positions, and every run evaluates {@code evaluations} positions in all.
 */
final class QualityRuns {

    private final Problem problem;
    private final int vertices;
    private final int random;
    private final int evaluations;
    private final double[][] values;

    QualityRuns(Problem problem, int vertices, int random, int evaluations) {
        this.problem = problem;
        this.vertices = vertices;
        this.random = random;
        this.evaluations = evaluations;
        SearchSpace space = problem.searchSpace();
        this.values = new double[problem.dimensions()][problem.steps()];
        for (int d = 0; d < values.length; d++) {
            for (int i = 0; i < values[d].length; i++) {
                values[d][i] = ((Number) space.dimension(d).value(i)).doubleValue();
            }
        }
    }

    /** Returns the best loss of each seed's run of {@code spec}, or of random search if it is null. */
    double[] bestLosses(OptimizerSpec spec, long... seeds) {
        double[] losses = new double[seeds.length];
        for (int s = 0; s < seeds.length; s++) {
            losses[s] = bestLoss(spec, seeds[s]);
        }
        return losses;
    }

    /** Returns the best loss of one run. */
    double bestLoss(OptimizerSpec spec, long seed) {
        int[] sizes = new int[problem.dimensions()];
        Arrays.fill(sizes, problem.steps());
        OptimizerContext context = OptimizerContext.builder(sizes).seed(seed).iterations(evaluations)
                .initialPositions(initialPositions(seed, sizes)).build();
        AskTellOptimizer run = spec == null ? new UniformRun(context)
                : new BayesianOptimizerProvider().create(spec, context);

        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < evaluations; i++) {
            int[] position = run.ask();
            double loss = loss(position);
            run.tell(position, -loss);
            best = Math.min(best, loss);
        }
        return best;
    }

    /** Returns the loss at a position. */
    double loss(int[] position) {
        double[] x = new double[position.length];
        for (int d = 0; d < x.length; d++) {
            x[d] = values[d][position[d]];
        }
        return problem.loss(x);
    }

    private List<int[]> initialPositions(long seed, int[] sizes) {
        SplittableRandom generator = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < vertices + random; i++) {
            int[] position = new int[sizes.length];
            for (int d = 0; d < sizes.length; d++) {
                position[d] = i < vertices ? (generator.nextBoolean() ? sizes[d] - 1 : 0)
                        : generator.nextInt(sizes[d]);
            }
            positions.add(position);
        }
        return positions;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Random search: the initial positions, then uniform random positions. */
    private static final class UniformRun extends dev.hyperactive.spi.AbstractAskTellOptimizer {

        UniformRun(OptimizerContext context) {
            super(context);
        }

        @Override
        protected int[] propose() {
            int[] position = new int[context().dimensionCount()];
            for (int d = 0; d < position.length; d++) {
                position[d] = context().random().nextInt(context().dimensionSize(d));
            }
            return position;
        }
    }
}
