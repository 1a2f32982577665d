package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomRestartHillClimbingTest {

    private final RandomRestartHillClimbingProvider provider = new RandomRestartHillClimbingProvider();

    @Test
    void settersReturnNewSpec() {
        RandomRestartHillClimbingOptimizer defaults = new RandomRestartHillClimbingOptimizer();

        RandomRestartHillClimbingOptimizer changed = defaults.epsilon(0.1).distribution("laplace").neighbours(5)
                .restartInterval(7).randomRestartProbability(0.2);

        assertEquals(new RandomRestartHillClimbingOptimizer(), defaults);
        assertEquals(0.1, changed.epsilon());
        assertEquals(NoiseDistribution.LAPLACE, changed.distribution());
        assertEquals(5, changed.neighbours());
        assertEquals(7, changed.restartInterval());
        assertEquals(0.2, changed.randomRestartProbability());
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException epsilon = assertThrows(IllegalArgumentException.class,
                () -> new RandomRestartHillClimbingOptimizer().epsilon(-1));
        IllegalArgumentException interval = assertThrows(IllegalArgumentException.class,
                () -> new RandomRestartHillClimbingOptimizer().restartInterval(0));
        IllegalArgumentException probability = assertThrows(IllegalArgumentException.class,
                () -> new RandomRestartHillClimbingOptimizer().randomRestartProbability(1.5));

        assertEquals("epsilon must not be negative: -1.0", epsilon.getMessage());
        assertEquals("n_iter_restart must be positive: 0", interval.getMessage());
        assertEquals("rand_rest_p must be between 0.0 and 1.0: 1.5", probability.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        RandomRestartHillClimbingOptimizer spec = provider.parse(Map.of("epsilon", "0.1", "distribution", "gumbel",
                "n_neighbours", "4", "n_iter_restart", "20", "rand_rest_p", "0.5"));

        assertEquals(new RandomRestartHillClimbingOptimizer().epsilon(0.1).distribution("gumbel").neighbours(4)
                .restartInterval(20).randomRestartProbability(0.5), spec);
    }

    @Test
    void parseOfInvalidIntervalNamesParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("n_iter_restart", "ten")));

        assertEquals("parameter n_iter_restart of optimizer random_restart_hill_climbing must be an integer: 'ten'",
                e.getMessage());
    }

    /** With epsilon 0 a step stays at the current position, so only restarts move. */
    @Test
    void restartsEveryIntervalEvaluations() {
        int[] sizes = {1000, 1000};
        OptimizerContext context = OptimizerContext.builder(sizes).seed(3)
                .initialPositions(List.of(new int[] {500, 500})).build();
        AskTellOptimizer run = provider.create(new RandomRestartHillClimbingOptimizer().epsilon(0).restartInterval(5),
                context);

        for (int evaluation = 0; evaluation < 30; evaluation++) {
            int[] position = run.ask();
            boolean restart = evaluation > 0 && evaluation % 5 == 0;
            if (restart) {
                assertFalse(Arrays.equals(new int[] {500, 500}, position), "evaluation " + evaluation);
            } else {
                assertArrayEquals(new int[] {500, 500}, position, "evaluation " + evaluation);
            }
            run.tell(position, -1 - Math.abs(position[0] - 500));
        }
    }

    @Test
    void meanBestOnParabolaBeatsBar() {
        double mean = Parabola.meanBest(provider, provider.defaultSpec(), 33);

        assertTrue(mean > -5, "mean best score over 33 seeds: " + mean);
    }
}
