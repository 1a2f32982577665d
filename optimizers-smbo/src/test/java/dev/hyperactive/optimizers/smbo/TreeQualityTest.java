package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.core.problems.TestFunction;
import dev.hyperactive.spi.AbstractAskTellOptimizer;
import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Moves;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Solution quality of TPE, the forest optimizer and the ensemble optimizer against random search,
 * with seeds 0-9. Every run starts with 4 random corners and 3 uniform random positions drawn from
 * the seed, as Gradient-Free-Optimizers' own test does, and the evaluation counts include them.
 */
class TreeQualityTest {

    private static final int SEEDS = 10;

    @Test
    void tpeBeatsRandomOnSphere2d() {
        double ratio = ratio(new TreeStructuredParzenEstimators(), Problem.of("sphere", 2, 131));

        assertTrue(ratio > 0.3, "(random - tpe) / (random + tpe) of the mean best losses: " + ratio);
    }

    /**
     * On the shifted Rastrigin of the benchmark suite, whose domain [-5.12, 5.12] contains about 120
     * local minima, 13 model-based evaluations must beat random search by the 0.3 of
     * Gradient-Free-Optimizers' test, which uses the domain of the next test, where the quadratic
     * term dominates. NOTE: the ratio is 0.31 over the ten seeds here but 0.21 over 100 seeds, from
     * 0.10 to 0.33 per block of ten. The margin comes from the seeds, so a change that fails this
     * test may be no worse in general: compare it over many seeds.
     */
    @Test
    void tpeBeatsRandomOnRastrigin2d() {
        double ratio = ratio(new TreeStructuredParzenEstimators(), Problem.of("rastrigin", 2, 131));

        assertTrue(ratio > 0.3, "(random - tpe) / (random + tpe) of the mean best losses: " + ratio);
    }

    /** Gradient-Free-Optimizers' own setting: unshifted Rastrigin, x0 in -30..100 and x1 in -100..30, step 1. */
    @Test
    void tpeBeatsRandomOnWideRastrigin2d() {
        int[] sizes = {131, 131};
        ToDoubleFunction<int[]> loss = p -> TestFunction.RASTRIGIN.loss(new double[] {p[0] - 30, p[1] - 100});

        double ratio = ratio(new TreeStructuredParzenEstimators(), sizes, loss, 20);

        assertTrue(ratio > 0.3, "(random - tpe) / (random + tpe) of the mean best losses: " + ratio);
    }

    @Test
    void everyOptimizerBeatsRandomOnAckley5d() {
        Problem ackley = Problem.of("ackley", 5, 101);
        int[] sizes = sizes(ackley);
        ToDoubleFunction<int[]> loss = lossOf(ackley);
        double random = median(bestLosses(null, sizes, loss, 60));

        for (OptimizerSpec spec : List.of(new TreeStructuredParzenEstimators(), new ForestOptimizer(),
                new ForestOptimizer().treeRegressor("random_forest"),
                new ForestOptimizer().treeRegressor("gradient_boost"), new EnsembleOptimizer())) {
            double optimizer = median(bestLosses(spec, sizes, loss, 60));

            assertTrue(optimizer < random, String.format(Locale.ROOT, "%s median best loss %.3f, random search %.3f",
                    spec, optimizer, random));
        }
    }

    private static double ratio(OptimizerSpec spec, Problem problem) {
        return ratio(spec, sizes(problem), lossOf(problem), 20);
    }

    private static double ratio(OptimizerSpec spec, int[] sizes, ToDoubleFunction<int[]> loss, int evaluations) {
        double random = mean(bestLosses(null, sizes, loss, evaluations));
        double optimizer = mean(bestLosses(spec, sizes, loss, evaluations));
        return (random - optimizer) / (random + optimizer);
    }

    /** Returns the best loss of each seed; a null spec means random search. */
    private static double[] bestLosses(OptimizerSpec spec, int[] sizes, ToDoubleFunction<int[]> loss, int evaluations) {
        double[] best = new double[SEEDS];
        for (int seed = 0; seed < SEEDS; seed++) {
            OptimizerContext context = OptimizerContext.builder(sizes).seed(seed).iterations(evaluations)
                    .initialPositions(initialPositions(sizes, seed)).build();
            AskTellOptimizer run = spec == null ? new RandomRun(context) : provider(spec).create(spec, context);

            best[seed] = Double.POSITIVE_INFINITY;
            for (int i = 0; i < evaluations; i++) {
                int[] position = run.ask();
                double value = loss.applyAsDouble(position);
                best[seed] = Math.min(best[seed], value);
                run.tell(position, -value);
            }
        }
        return best;
    }

    private static OptimizerProvider provider(OptimizerSpec spec) {
        if (spec instanceof TreeStructuredParzenEstimators) {
            return new TreeStructuredParzenEstimatorsProvider();
        }
        return spec instanceof ForestOptimizer ? new ForestOptimizerProvider() : new EnsembleOptimizerProvider();
    }

    private static List<int[]> initialPositions(int[] sizes, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int[] position = new int[sizes.length];
            for (int d = 0; d < sizes.length; d++) {
                if (i >= 4) {
                    position[d] = random.nextInt(sizes[d]);
                } else if (random.nextBoolean()) {
                    position[d] = sizes[d] - 1;
                }
            }
            positions.add(position);
        }
        return positions;
    }

    private static int[] sizes(Problem problem) {
        int[] sizes = new int[problem.dimensions()];
        Arrays.fill(sizes, problem.steps());
        return sizes;
    }

    private static ToDoubleFunction<int[]> lossOf(Problem problem) {
        return position -> {
            double[] x = new double[position.length];
            for (int d = 0; d < x.length; d++) {
                x[d] = (Double) problem.searchSpace().dimension(d).value(position[d]);
            }
            return problem.loss(x);
        };
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Random search: uniform random positions after the initial ones. */
    private static final class RandomRun extends AbstractAskTellOptimizer {

        private final Moves moves;

        RandomRun(OptimizerContext context) {
            super(context);
            this.moves = new Moves(context);
        }

        @Override
        protected int[] propose() {
            return moves.validRandomPosition();
        }
    }
}
