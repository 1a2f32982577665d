package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.OptimizerContext;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomSearchTest {

    private final RandomSearchProvider provider = new RandomSearchProvider();

    @Test
    void parseRejectsAnyParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("epsilon", "0.1")));

        assertEquals("unknown parameter 'epsilon' for optimizer random_search; accepted parameters: none",
                e.getMessage());
    }

    @Test
    void createRejectsSpecOfAnotherOptimizer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(new GridSearchOptimizer(), OptimizerContext.builder(3).build()));

        assertEquals("the random_search provider cannot create a run of optimizer grid_search: "
                + "grid_search{step_size=1, direction=diagonal}", e.getMessage());
    }

    @Test
    void coversValuesUniformly() {
        AskTellOptimizer run = provider.create(provider.defaultSpec(), OptimizerContext.builder(4).seed(5).build());
        int[] counts = new int[4];
        for (int i = 0; i < 4000; i++) {
            int[] position = run.ask();
            counts[position[0]]++;
            run.tell(position, 0);
        }

        for (int count : counts) {
            assertEquals(1000, count, 150, "count of one value in 4000 draws");
        }
    }

    /** The bar of Gradient-Free-Optimizers' performance tests for global optimizers. */
    @Test
    void meanBestOnParabolaBeatsBar() {
        double sum = 0;
        for (int seed = 0; seed < 33; seed++) {
            sum += bestOfParabolaRun(seed);
        }

        double mean = sum / 33;
        assertTrue(mean > -5, "mean best score over 33 seeds: " + mean);
    }

    /** Maximizes -x^2 for x in -100..100 with two vertex initial positions and 100 evaluations. */
    private double bestOfParabolaRun(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int first = random.nextBoolean() ? 200 : 0;
        OptimizerContext context = OptimizerContext.builder(201).seed(seed)
                .initialPositions(List.of(new int[] {first}, new int[] {200 - first})).build();
        AskTellOptimizer run = provider.create(provider.defaultSpec(), context);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 100; i++) {
            int[] position = run.ask();
            double x = position[0] - 100;
            run.tell(position, -x * x);
            best = Math.max(best, -x * x);
        }
        return best;
    }
}
