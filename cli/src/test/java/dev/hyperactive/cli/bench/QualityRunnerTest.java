package dev.hyperactive.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerFamily;
import org.junit.jupiter.api.Test;

class QualityRunnerTest {

    @Test
    void bestLossSkipsNaNAndStopsAtRows() {
        double[] scores = {-4, Double.NaN, -1, -0.5};

        assertEquals(4, QualityRunner.bestLoss(scores, 2));
        assertEquals(1, QualityRunner.bestLoss(scores, 3));
        assertEquals(0.5, QualityRunner.bestLoss(scores, 100));
        assertEquals(Double.NaN, QualityRunner.bestLoss(new double[] {Double.NaN}, 1));
    }

    @Test
    void earlyLossIsNotBelowFinalLoss() {
        QualityRunner runner = new QualityRunner(21, 40, 10);
        QualityCase task = new QualityCase("random_search", OptimizerFamily.GLOBAL, "rastrigin", 2, 3);

        QualityRun run = runner.runOne(task);

        assertNull(run.error());
        assertTrue(run.earlyLoss() >= run.finalLoss(), run.toString());
        assertTrue(run.finalLoss() >= 0, run.toString());
    }

    @Test
    void unknownProblemIsRecordedAsFailure() {
        QualityRunner runner = new QualityRunner(21, 40, 10);
        QualityCase task = new QualityCase("random_search", OptimizerFamily.GLOBAL, "no_such_problem", 2, 0);

        QualityRun run = runner.runOne(task);

        assertEquals("java.lang.IllegalArgumentException: unknown problem 'no_such_problem'; known problems: sphere,"
                + " ackley, rastrigin, rosenbrock", run.error());
    }
}
