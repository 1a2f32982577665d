package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.OptimizerContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvolutionStrategyTest {

    private final EvolutionStrategyProvider provider = new EvolutionStrategyProvider();

    @Test
    void stepSizesStartAtInitialSigma() {
        EvolutionStrategyRun run = run(new EvolutionStrategyOptimizer().population(3), 1);

        for (int i = 0; i < 3; i++) {
            assertEquals(EvolutionStrategyOptimizer.INITIAL_SIGMA, run.sigma(i));
        }
    }

    @Test
    void stepSizesStayInBounds() {
        EvolutionStrategyRun run = run(new EvolutionStrategyOptimizer().population(4), 2);

        for (int i = 0; i < 2000; i++) {
            int[] position = run.ask();
            run.tell(position, -Math.abs(position[0] - 300.0) - Math.abs(position[1] - 700.0));
            for (int m = 0; m < 4; m++) {
                double sigma = run.sigma(m);
                assertTrue(sigma >= EvolutionStrategyOptimizer.MIN_SIGMA, "sigma of member " + m + ": " + sigma);
                assertTrue(sigma <= EvolutionStrategyOptimizer.MAX_SIGMA, "sigma of member " + m + ": " + sigma);
            }
        }
    }

    /** With plus selection no individual's score falls. */
    @Test
    void plusSelectionNeverWorsensMember() {
        EvolutionStrategyRun run = run(new EvolutionStrategyOptimizer().population(5), 3);
        double[] previous = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};

        for (int i = 0; i < 1000; i++) {
            int[] position = run.ask();
            run.tell(position, -Math.hypot(position[0] - 300.0, position[1] - 700.0));
            for (int m = 0; m < 5 && run.population().member(m).started(); m++) {
                double score = run.population().member(m).score();
                assertTrue(score >= previous[m], "member " + m + " fell from " + previous[m] + " to " + score);
                previous[m] = score;
            }
        }
    }

    @Test
    void findsOptimumOfSmoothObjective() {
        EvolutionStrategyRun run = run(new EvolutionStrategyOptimizer(), 4);

        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 1500; i++) {
            int[] position = run.ask();
            double score = -Math.hypot(position[0] - 300.0, position[1] - 700.0);
            run.tell(position, score);
            best = Math.max(best, score);
        }

        assertTrue(best > -3, "best score " + best);
    }

    private EvolutionStrategyRun run(EvolutionStrategyOptimizer spec, long seed) {
        OptimizerContext context = OptimizerContext.builder(1001, 1001).seed(seed)
                .initialPositions(List.of(new int[] {0, 0}, new int[] {1000, 1000}, new int[] {500, 500})).build();
        return (EvolutionStrategyRun) provider.create(spec, context);
    }
}
