package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bar of Gradient-Free-Optimizers' performance tests for local and global optimizers: maximize
 * -x^2 for x in -100..100 (201 values) with two vertex initial positions and 100 evaluations.
 */
final class Parabola {

    private Parabola() {
    }

    /** Returns the mean best score over seeds 0 to {@code seeds - 1}. */
    static double meanBest(OptimizerProvider provider, OptimizerSpec spec, int seeds) {
        double sum = 0;
        for (int seed = 0; seed < seeds; seed++) {
            sum += best(provider, spec, seed);
        }
        return sum / seeds;
    }

    private static double best(OptimizerProvider provider, OptimizerSpec spec, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int first = random.nextBoolean() ? 200 : 0;
        OptimizerContext context = OptimizerContext.builder(201).seed(seed)
                .initialPositions(List.of(new int[] {first}, new int[] {200 - first})).build();
        AskTellOptimizer run = provider.create(spec, context);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 100; i++) {
            int[] position = run.ask();
            double x = position[0] - 100;
            run.tell(position, -x * x);
            best = Math.max(best, -x * x);
        }
        return best;
    }
}
