package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.core.problems.Problem;
import dev.hyperactive.spi.OptimizerProvider;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Solution quality of CMA-ES, evolution strategy and differential evolution on the shifted test
 * functions, through the engine with seeds 0 to 9.
 */
class PopulationBQualityTest {

    private static final int SEEDS = 10;

    /**
     * CMA-ES on the 5-D Rosenbrock function with 101 values per dimension, 300 iterations and the
     * default initialization. Optuna 3.1's CMA-ES sampler reaches a median of 5.21 there.
     */
    @Test
    void cmaEsMedianOnRosenbrock5d() {
        double[] losses = EngineQualityRuns.bestLosses(new CmaEsProvider(), new CmaEsOptimizer(),
                Problem.of("rosenbrock", 5, 101), 300, Initialization.defaults(), SEEDS);

        double median = EngineQualityRuns.median(losses);
        assertTrue(median <= 5.5, "median best loss " + median + " of " + Arrays.toString(losses));
    }

    @Test
    void evolutionStrategyBeatsRandomSearch() {
        checkBeatsRandomSearch(new EvolutionStrategyProvider(), "sphere");
        checkBeatsRandomSearch(new EvolutionStrategyProvider(), "rastrigin");
    }

    @Test
    void differentialEvolutionBeatsRandomSearch() {
        checkBeatsRandomSearch(new DifferentialEvolutionProvider(), "sphere");
        checkBeatsRandomSearch(new DifferentialEvolutionProvider(), "rastrigin");
    }

    /**
     * Checks Gradient-Free-Optimizers' bar on the 2-D function with 2,001 values per dimension,
     * 4 vertices and 6 random initial positions, 1,200 iterations: {@code (random - optimizer) /
     * (random + optimizer)} of the mean best losses is above 0.1.
     */
    private static void checkBeatsRandomSearch(OptimizerProvider provider, String function) {
        Problem problem = Problem.of(function, 2, 2001);
        Initialization initialization = Initialization.builder().vertices(4).random(6).build();
        double random = EngineQualityRuns.mean(EngineQualityRuns.bestLosses(new UniformRandomProvider(),
                new UniformRandomProvider().defaultSpec(), problem, 1200, initialization, SEEDS));
        double optimizer = EngineQualityRuns.mean(EngineQualityRuns.bestLosses(provider, provider.defaultSpec(),
                problem, 1200, initialization, SEEDS));

        double ratio = (random - optimizer) / (random + optimizer);
        assertTrue(ratio > 0.1, provider.name() + " on " + function + ": ratio " + ratio + ", mean best loss "
                + optimizer + ", random search " + random);
    }
}
