package dev.hyperactive.optimizers.population;

import dev.hyperactive.api.Dimension;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs optimizers on the shifted test functions with an ask-tell loop and returns the best loss,
 * the way the engine runs them with memory on: a repeated position costs an iteration like any other.
 *
 * <p>Every run gets the same initial positions for a given seed: random corners first, then uniform
 * random positions. The random-search baseline proposes those initial positions and then uniform
 * random positions from a generator seeded with the run's seed.
 */
final class QualityRuns {

    private final Problem problem;
    private final double[][] values;

    QualityRuns(Problem problem) {
        this.problem = problem;
        this.values = new double[problem.dimensions()][];
        for (int d = 0; d < values.length; d++) {
            Dimension dimension = problem.searchSpace().dimension(d);
            values[d] = new double[dimension.size()];
            for (int i = 0; i < values[d].length; i++) {
                values[d][i] = (Double) dimension.value(i);
            }
        }
    }

    /** Returns the loss at an index position. */
    double loss(int[] position) {
        double[] x = new double[position.length];
        for (int d = 0; d < x.length; d++) {
            x[d] = values[d][position[d]];
        }
        return problem.loss(x);
    }

    /** Returns the best loss of one run of {@code spec} with the given seed and budget. */
    double bestLoss(OptimizerProvider provider, OptimizerSpec spec, long seed, int vertices, int randoms,
            int iterations) {
        OptimizerContext context = context(seed, vertices, randoms, iterations);
        AskTellOptimizer optimizer = provider.create(spec, context);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < iterations; i++) {
            int[] position = optimizer.ask();
            double loss = loss(position);
            optimizer.tell(position, -loss);
            best = Math.min(best, loss);
        }
        return best;
    }

    /** Returns the best loss of random search with the same initial positions and seed. */
    double randomSearchBestLoss(long seed, int vertices, int randoms, int iterations) {
        OptimizerContext context = context(seed, vertices, randoms, iterations);
        List<int[]> initials = context.initialPositions();
        SplittableRandom random = new SplittableRandom(seed);
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < iterations; i++) {
            int[] position;
            if (i < initials.size()) {
                position = initials.get(i);
            } else {
                position = new int[values.length];
                for (int d = 0; d < position.length; d++) {
                    position[d] = random.nextInt(values[d].length);
                }
            }
            best = Math.min(best, loss(position));
        }
        return best;
    }

    private OptimizerContext context(long seed, int vertices, int randoms, int iterations) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
        List<int[]> initials = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            int[] corner = new int[values.length];
            for (int d = 0; d < corner.length; d++) {
                corner[d] = random.nextBoolean() ? values[d].length - 1 : 0;
            }
            initials.add(corner);
        }
        for (int i = 0; i < randoms; i++) {
            int[] position = new int[values.length];
            for (int d = 0; d < position.length; d++) {
                position[d] = random.nextInt(values[d].length);
            }
            initials.add(position);
        }
        return OptimizerContext.builder(problem.searchSpace().sizes())
                .seed(seed)
                .iterations(iterations)
                .initialPositions(initials)
                .build();
    }
}
