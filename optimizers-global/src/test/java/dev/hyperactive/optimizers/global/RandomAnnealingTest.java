package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RandomAnnealingTest {

    private final RandomAnnealingProvider provider = new RandomAnnealingProvider();

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> new RandomAnnealingOptimizer().annealingRate(1.1));
        IllegalArgumentException temperature = assertThrows(IllegalArgumentException.class,
                () -> new RandomAnnealingOptimizer().startTemperature(-2));
        IllegalArgumentException distribution = assertThrows(IllegalArgumentException.class,
                () -> new RandomAnnealingOptimizer().distribution("cauchy"));

        assertEquals("annealing_rate must be between 0.0 and 1.0: 1.1", rate.getMessage());
        assertEquals("start_temp must not be negative: -2.0", temperature.getMessage());
        assertEquals("distribution must be one of normal, laplace, logistic, gumbel, uniform: 'cauchy'",
                distribution.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        RandomAnnealingOptimizer spec = provider.parse(Map.of("epsilon", "0.05", "distribution", "uniform",
                "n_neighbours", "2", "annealing_rate", "0.9", "start_temp", "3", "rand_rest_p", "0.1"));

        assertEquals(new RandomAnnealingOptimizer().epsilon(0.05).distribution("uniform").neighbours(2)
                .annealingRate(0.9).startTemperature(3).randomRestartProbability(0.1), spec);
    }

    @Test
    void temperatureDecaysOncePerProposal() {
        OptimizerContext context = OptimizerContext.builder(201).seed(1)
                .initialPositions(List.of(new int[] {0}, new int[] {200})).build();
        RandomAnnealingRun run = (RandomAnnealingRun) provider.create(provider.defaultSpec(), context);

        for (int i = 0; i < 12; i++) {
            int[] position = run.ask();
            run.tell(position, -Math.abs(position[0] - 100));
        }

        assertEquals(10 * Math.pow(0.98, 10), run.temperature(), 1e-12);
    }

    @Test
    void meanBestOnParabolaBeatsBar() {
        double mean = Parabola.meanBest(provider, provider.defaultSpec(), 33);

        assertTrue(mean > -5, "mean best score over 33 seeds: " + mean);
    }
}
