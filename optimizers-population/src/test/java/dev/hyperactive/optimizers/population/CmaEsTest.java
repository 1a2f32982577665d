package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmaEsTest {

    private final CmaEsProvider provider = new CmaEsProvider();

    @Test
    void defaultPopulationFollowsHansen() {
        assertEquals(4, CmaEsRun.defaultPopulation(1));
        assertEquals(6, CmaEsRun.defaultPopulation(2));
        assertEquals(8, CmaEsRun.defaultPopulation(5));
        assertEquals(10, CmaEsRun.defaultPopulation(10));
        assertEquals(14, CmaEsRun.defaultPopulation(30));
    }

    /**
     * The default strategy parameters in 5 dimensions with population 8, computed independently
     * from the formulas of Hansen's tutorial.
     */
    @Test
    void constantsInFiveDimensions() {
        CmaEsDistribution distribution = new CmaEsDistribution(5);
        distribution.restart(new double[5], 0.3, 8, 4);

        double[] constants = distribution.constants();

        assertEquals(2.600179, constants[0], 1e-6, "mu_eff");
        assertEquals(0.365088, constants[1], 1e-6, "c_sigma");
        assertEquals(1.365088, constants[2], 1e-6, "d_sigma");
        assertEquals(0.450200, constants[3], 1e-6, "c_c");
        assertEquals(0.047292, constants[4], 1e-6, "c_1");
        assertEquals(0.038169, constants[5], 1e-6, "c_mu");
        assertEquals(2.128524, constants[6], 1e-6, "chi_n");
    }

    @Test
    void weightsArePositiveForTheBestHalf() {
        CmaEsDistribution distribution = new CmaEsDistribution(5);
        distribution.restart(new double[5], 0.3, 8, 4);

        double[] weights = distribution.weights();

        double positive = 0;
        for (int i = 0; i < 8; i++) {
            assertTrue(i < 4 ? weights[i] > 0 : weights[i] < 0, "weight " + i + ": " + weights[i]);
            positive += Math.max(0, weights[i]);
            if (i > 0) {
                assertTrue(weights[i] < weights[i - 1], "weights decrease at " + i);
            }
        }
        assertEquals(1, positive, 1e-12);
    }

    @Test
    void meanStartsAtBestInitialPosition() {
        OptimizerContext context = OptimizerContext.builder(11, 21, 1).seed(2)
                .initialPositions(List.of(new int[] {0, 0, 0}, new int[] {5, 20, 0}, new int[] {10, 4, 0})).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer(), context);

        tellScores(run, 1, 3, 2);
        run.ask();

        assertArrayEquals(new double[] {0.5, 1.0}, run.distribution().mean(), 1e-15);
    }

    @Test
    void updatesOncePerGeneration() {
        OptimizerContext context = OptimizerContext.builder(101, 101).seed(3)
                .initialPositions(List.of(new int[] {10, 10})).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer(), context);
        tellScores(run, 0);

        for (int i = 0; i < 5; i++) {
            int[] position = run.ask();
            run.tell(position, -position[0]);
            assertEquals(0, run.distribution().generation(), "after sample " + i);
        }
        int[] last = run.ask();
        run.tell(last, 0);

        assertEquals(6, run.lambda());
        assertEquals(1, run.distribution().generation());
    }

    @Test
    void convergesOnSmoothObjective() {
        int[] sizes = {1001, 1001, 1001};
        OptimizerContext context = OptimizerContext.builder(sizes).seed(4)
                .initialPositions(List.of(new int[] {900, 100, 500})).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer(), context);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 600; i++) {
            int[] position = run.ask();
            double score = 0;
            for (int d = 0; d < sizes.length; d++) {
                double offset = position[d] - 300 - 100 * d;
                score -= (d + 1) * offset * offset;
            }
            run.tell(position, score);
            best = Math.max(best, score);
        }

        assertEquals(0, best, "best score");
    }

    @Test
    void ipopRestartDoublesPopulationAfterStagnation() {
        OptimizerContext context = OptimizerContext.builder(50, 50).seed(5)
                .initialPositions(List.of(new int[] {25, 25})).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer().ipopRestart(true), context);
        tellScores(run, 1);

        int stallLimit = 10 + 30 * 2 / 6;
        for (int i = 0; i < 6 * (1 + stallLimit) - 1; i++) {
            run.tell(run.ask(), 1);
        }
        assertEquals(0, run.restarts(), "before the last sample");
        run.tell(run.ask(), 1);

        assertEquals(1, run.restarts());
        assertEquals(12, run.lambda());
    }

    @Test
    void withoutIpopPopulationStays() {
        OptimizerContext context = OptimizerContext.builder(50, 50).seed(5)
                .initialPositions(List.of(new int[] {25, 25})).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer(), context);

        for (int i = 0; i < 400; i++) {
            run.tell(run.ask(), 1);
        }

        assertEquals(0, run.restarts());
        assertEquals(6, run.lambda());
    }

    @Test
    void nonFiniteScoresKeepDistributionFinite() {
        OptimizerContext context = OptimizerContext.builder(100, 100).seed(6)
                .initialPositions(List.of(new int[] {50, 50})).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer(), context);

        for (int i = 0; i < 300; i++) {
            int[] position = run.ask();
            run.tell(position, i % 3 == 0 ? Double.NaN : -position[0]);
        }

        for (double coordinate : run.distribution().mean()) {
            assertTrue(Double.isFinite(coordinate), "mean coordinate " + coordinate);
        }
        assertTrue(run.distribution().sigma() >= CmaEsDistribution.MIN_SIGMA);
    }

    @Test
    void spaceOfSingleValuesAsksZeros() {
        OptimizerContext context = OptimizerContext.builder(1, 1).seed(7).build();
        CmaEsRun run = (CmaEsRun) provider.create(new CmaEsOptimizer(), context);

        assertArrayEquals(new int[] {0, 0}, run.ask());
        assertEquals(null, run.distribution());
    }

    private static void tellScores(CmaEsRun run, double... scores) {
        for (double score : scores) {
            run.tell(run.ask(), score);
        }
    }
}
