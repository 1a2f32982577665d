package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Observation;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour of the forest and ensemble runs that the contract test does not cover. */
class ForestRunTest {

    private static final OptimizerProvider FOREST = new ForestOptimizerProvider();
    private static final OptimizerProvider ENSEMBLE = new EnsembleOptimizerProvider();

    @Test
    void withoutReplacementExhaustsSpace() {
        for (OptimizerSpec spec : List.of(new ForestOptimizer().replacement(false),
                new ForestOptimizer().treeRegressor("gradient_boost").replacement(false),
                new EnsembleOptimizer().replacement(false))) {
            OptimizerProvider provider = spec instanceof ForestOptimizer ? FOREST : ENSEMBLE;
            AskTellOptimizer run = provider.create(spec, OptimizerContext.builder(2, 2).seed(1).build());

            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                int[] position = run.ask();
                assertTrue(seen.add(position[0] * 2 + position[1]), spec + " repeated " + Arrays.toString(position));
                run.tell(position, position[0] + 2.0 * position[1]);
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, run::ask);

            assertEquals("search space exhausted: all 4 positions were evaluated", e.getMessage());
        }
    }

    @Test
    void warmStartGuidesProposals() {
        List<Observation> prior = new ArrayList<>();
        for (int i = 0; i <= 1000; i += 25) {
            for (int j = 0; j <= 1000; j += 100) {
                prior.add(new Observation(new int[] {i, j}, -Math.abs(i - 640) - Math.abs(j - 300)));
            }
        }
        for (OptimizerSpec spec : List.of(new ForestOptimizer(), new EnsembleOptimizer())) {
            OptimizerProvider provider = spec instanceof ForestOptimizer ? FOREST : ENSEMBLE;
            OptimizerContext context = OptimizerContext.builder(1001, 1001).seed(2).priorObservations(prior).build();
            AskTellOptimizer run = provider.create(spec, context);

            int near = 0;
            for (int i = 0; i < 10; i++) {
                int[] position = run.ask();
                int distance = Math.abs(position[0] - 640) + Math.abs(position[1] - 300);
                near += distance <= 200 ? 1 : 0;
                run.tell(position, -distance);
            }
            assertTrue(near >= 7, spec.name() + ": proposals near the prior optimum: " + near + " of 10");
        }
    }

    @Test
    void hundredDimensionsWork() {
        int[] sizes = new int[100];
        Arrays.fill(sizes, 50);
        for (OptimizerSpec spec : List.of(new ForestOptimizer(), new ForestOptimizer().treeRegressor("random_forest"),
                new EnsembleOptimizer())) {
            OptimizerProvider provider = spec instanceof ForestOptimizer ? FOREST : ENSEMBLE;
            AskTellOptimizer run = provider.create(spec, OptimizerContext.builder(sizes).seed(3).build());

            for (int i = 0; i < 20; i++) {
                int[] position = run.ask();
                double sum = 0;
                for (int index : position) {
                    sum += (index - 20) * (index - 20);
                }
                run.tell(position, i % 5 == 4 ? Double.NaN : -sum);
            }
        }
    }

    @Test
    void surrogateFollowsRegressor() {
        assertTrue(ForestRun.surrogate(new ForestOptimizer()) instanceof TreeForest);
        assertTrue(ForestRun.surrogate(new ForestOptimizer().treeRegressor("random_forest")) instanceof TreeForest);
        assertTrue(ForestRun.surrogate(new ForestOptimizer().treeRegressor("gradient_boost"))
                instanceof GradientBoostedTrees);
    }
}
