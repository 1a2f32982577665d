package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Median best losses over seeds 0 to 9 on the shifted test functions (101 values per dimension),
 * against random search with the same seeds and budget.
 */
class QualityTest {

    private static final int SEEDS = 10;

    @Test
    void powellBeatsRandomOnSphere5d() {
        assertBeatsRandom(new PowellsMethodOptimizer(), "sphere", 5, 300);
    }

    @Test
    void patternSearchBeatsRandomOnSphere5d() {
        assertBeatsRandom(new PatternSearchOptimizer(), "sphere", 5, 300);
    }

    @Test
    void directBeatsRandomOnAckley2d() {
        assertBeatsRandom(new DirectAlgorithmOptimizer(), "ackley", 2, 100);
    }

    @Test
    void directBeatsRandomOnRastrigin2d() {
        assertBeatsRandom(new DirectAlgorithmOptimizer(), "rastrigin", 2, 100);
    }

    @Test
    void lipschitzBeatsRandomOnAckley2d() {
        assertBeatsRandom(new LipschitzOptimizer(), "ackley", 2, 100);
    }

    @Test
    void lipschitzBeatsRandomOnRastrigin2d() {
        assertBeatsRandom(new LipschitzOptimizer(), "rastrigin", 2, 100);
    }

    private static void assertBeatsRandom(OptimizerSpec spec, String problem, int dims, int iterations) {
        double[] optimizer = EngineRuns.bestLosses(spec, problem, dims, iterations, SEEDS);
        double[] random = EngineRuns.bestLosses(new RandomSearchOptimizer(), problem, dims, iterations, SEEDS);

        double optimizerMedian = EngineRuns.median(optimizer);
        double randomMedian = EngineRuns.median(random);
        String report = spec.name() + " on " + problem + "-" + dims + "d, " + iterations + " iterations: median best loss "
                + optimizerMedian + " " + Arrays.toString(optimizer) + ", random search " + randomMedian + " "
                + Arrays.toString(random);
        System.out.println(report);
        assertTrue(optimizerMedian < randomMedian, report);
    }
}
