package dev.hyperactive.optimizers.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepulsingHillClimbingTest {

    private final RepulsingHillClimbingProvider provider = new RepulsingHillClimbingProvider();

    @Test
    void failureEnlargesNextStep() {
        RepulsingHillClimbingRun run = run(new RepulsingHillClimbingOptimizer());
        run.tell(run.ask(), 5);

        run.tell(run.ask(), 1);

        assertTrue(run.repulsed());
    }

    @Test
    void equalScoreCountsAsFailure() {
        RepulsingHillClimbingRun run = run(new RepulsingHillClimbingOptimizer());
        run.tell(run.ask(), 5);

        run.tell(run.ask(), 5);

        assertTrue(run.repulsed());
    }

    @Test
    void improvementRestoresNormalStep() {
        RepulsingHillClimbingRun run = run(new RepulsingHillClimbingOptimizer());
        run.tell(run.ask(), 5);
        run.tell(run.ask(), 1);

        run.tell(run.ask(), 9);

        assertFalse(run.repulsed());
    }

    @Test
    void nonFiniteScoreCountsAsFailure() {
        RepulsingHillClimbingRun run = run(new RepulsingHillClimbingOptimizer());
        run.tell(run.ask(), 5);

        run.tell(run.ask(), Double.POSITIVE_INFINITY);

        assertTrue(run.repulsed());
    }

    /** After failures the steps have scale epsilon * factor: 0.001 * 100000 * 50 = 5000 indices. */
    @Test
    void repulsedStepsAreLarger() {
        double plain = meanStep(new RepulsingHillClimbingOptimizer().epsilon(0.001).repulsionFactor(1));
        double repulsed = meanStep(new RepulsingHillClimbingOptimizer().epsilon(0.001).repulsionFactor(50));

        assertTrue(plain < 150, "mean step without repulsion: " + plain);
        assertTrue(repulsed > 2000, "mean step with repulsion 50: " + repulsed);
    }

    /** Returns the mean distance of 200 proposals from the start, each scored below it. */
    private double meanStep(RepulsingHillClimbingOptimizer spec) {
        RepulsingHillClimbingRun run = run(spec);
        run.tell(run.ask(), 0);

        double sum = 0;
        for (int i = 0; i < 200; i++) {
            int[] position = run.ask();
            sum += Math.abs(position[0] - 50_000);
            run.tell(position, -1);
        }
        return sum / 200;
    }

    private RepulsingHillClimbingRun run(RepulsingHillClimbingOptimizer spec) {
        OptimizerContext context = OptimizerContext.builder(100_001).seed(5)
                .initialPositions(List.of(new int[] {50_000})).build();
        return (RepulsingHillClimbingRun) provider.create(spec, context);
    }
}
