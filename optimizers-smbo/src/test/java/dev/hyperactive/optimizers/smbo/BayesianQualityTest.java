package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.core.problems.Problem;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Solution quality on the shifted test functions, with fixed seeds 0 to 9. The measured figures are
 * in the messages, so a failure shows them.
 */
class BayesianQualityTest {

    private static final long[] SEEDS = LongStream.range(0, 10).toArray();

    @Test
    void sphereBeatsRandomByGfoRatio() {
        checkRatio("sphere", 0.3);
    }

    // NOTE: on Rastrigin the ratio is 0.33 on these ten seeds, above the bar of 0.3, but 0.24 over 300
    // seeded runs, with blocks of ten between 0.00 and 0.53. The margin comes from these seeds, so a
    // change that fails this test may be no worse in general: compare it over many seeds.
    @Test
    void rastriginBeatsRandom() {
        checkRatio("rastrigin", 0.3);
    }

    @Test
    void ackleyMedianBeatsRandom() {
        QualityRuns runs = new QualityRuns(Problem.of("ackley", 5, 101), 4, 3, 60);

        double[] random = runs.bestLosses(null, SEEDS);
        double[] bayes = runs.bestLosses(new BayesianOptimizer(), SEEDS);

        String figures = "random " + Arrays.toString(random) + " median " + QualityRuns.median(random)
                + "; bayesian " + Arrays.toString(bayes) + " median " + QualityRuns.median(bayes);
        System.out.println("ackley-5D " + figures);
        assertTrue(QualityRuns.median(bayes) < QualityRuns.median(random), figures);
    }

    /**
     * Checks the setting of Gradient-Free-Optimizers' own performance test: 131 values per
     * dimension, 4 vertex and 3 random initial positions, 20 evaluations, and (random - bayes) /
     * (random + bayes) of the mean best losses above {@code bar}, which that test sets to 0.3.
     */
    private static void checkRatio(String function, double bar) {
        QualityRuns runs = new QualityRuns(Problem.of(function, 2, 131), 4, 3, 20);

        double random = QualityRuns.mean(runs.bestLosses(null, SEEDS));
        double bayes = QualityRuns.mean(runs.bestLosses(new BayesianOptimizer(), SEEDS));
        double ratio = (random - bayes) / (random + bayes);

        String figures = function + "-2D mean best loss: random " + random + ", bayesian " + bayes + ", ratio " + ratio;
        System.out.println(figures);
        assertTrue(ratio > bar, figures);
    }
}
