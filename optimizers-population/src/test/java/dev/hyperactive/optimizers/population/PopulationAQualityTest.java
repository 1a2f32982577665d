package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.OptimizerProvider;
import org.junit.jupiter.api.Test;

/**
 * Compares optimizers with random search on the shifted 2-D test functions with 2,001 values per
 * dimension: 4 corners and 6 random initial positions, 1,200 evaluations, seeds 0 to 9. The score is
 * {@code (random - optimizer) / (random + optimizer)} of the mean best losses and must exceed 0.1.
 */
class PopulationAQualityTest {

    private static final int SEEDS = 10;
    private static final int ITERATIONS = 1200;
    private static final double MIN_ADVANTAGE = 0.1;

    private static double advantage(OptimizerProvider provider, String function) {
        QualityRuns runs = new QualityRuns(Problem.of(function, 2, 2001));
        double optimizer = 0;
        double random = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            optimizer += runs.bestLoss(provider, provider.defaultSpec(), seed, 4, 6, ITERATIONS);
            random += runs.randomSearchBestLoss(seed, 4, 6, ITERATIONS);
        }
        return (random - optimizer) / (random + optimizer);
    }

    private static void assertBeatsRandomSearch(OptimizerProvider provider, String function) {
        double advantage = advantage(provider, function);
        assertTrue(advantage > MIN_ADVANTAGE, provider.name() + " on " + function + ": " + advantage);
    }

    @Test
    void particleSwarmOnSphere() {
        assertBeatsRandomSearch(new ParticleSwarmProvider(), "sphere");
    }

    @Test
    void particleSwarmOnRastrigin() {
        assertBeatsRandomSearch(new ParticleSwarmProvider(), "rastrigin");
    }

    @Test
    void spiralOnSphere() {
        assertBeatsRandomSearch(new SpiralOptimizationProvider(), "sphere");
    }

    @Test
    void spiralOnRastrigin() {
        assertBeatsRandomSearch(new SpiralOptimizationProvider(), "rastrigin");
    }

    @Test
    void geneticAlgorithmOnSphere() {
        assertBeatsRandomSearch(new GeneticAlgorithmProvider(), "sphere");
    }

    @Test
    void geneticAlgorithmOnRastrigin() {
        assertBeatsRandomSearch(new GeneticAlgorithmProvider(), "rastrigin");
    }

    @Test
    void parallelTemperingOnSphere() {
        assertBeatsRandomSearch(new ParallelTemperingProvider(), "sphere");
    }

    @Test
    void parallelTemperingOnRastrigin() {
        assertBeatsRandomSearch(new ParallelTemperingProvider(), "rastrigin");
    }
}
