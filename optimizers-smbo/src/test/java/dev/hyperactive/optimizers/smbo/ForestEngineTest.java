package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.core.Hyperactive;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The three optimizers of this part run in the engine on spaces of objects and one-value dimensions. */
class ForestEngineTest {

    @Test
    void optimizersHandleObjectCategories() {
        DoubleUnaryOperator square = v -> v * v;
        DoubleUnaryOperator negate = v -> -v;
        DoubleUnaryOperator identity = v -> v;
        SearchSpace space = SearchSpace.builder()
                .categorical("f", square, negate, identity)
                .integers("x", -20, 20, 1)
                .categorical("fixed", List.of(1, 2))
                .integers("one", 7, 7, 1)
                .build();
        Objective objective = p -> p.get("f", DoubleUnaryOperator.class).applyAsDouble(p.getInt("x"))
                - Math.abs(p.getInt("x") - 3);

        for (OptimizerSpec spec : List.of(new TreeStructuredParzenEstimators(), new ForestOptimizer(),
                new EnsembleOptimizer())) {
            Hyperactive hyperactive = Hyperactive.builder().verbosity()
                    .providers(List.of(new TreeStructuredParzenEstimatorsProvider(), new ForestOptimizerProvider(),
                            new EnsembleOptimizerProvider()))
                    .build();
            hyperactive.addSearch(objective, space, 40, SearchOptions.builder().optimizer(spec).randomState(5).build());

            hyperactive.run();

            assertEquals(40, hyperactive.searchData(objective).size(), spec.name());
            assertEquals(7, hyperactive.bestParameters(objective).get("one"), spec.name());
            assertTrue(hyperactive.bestScore(objective) >= 380, spec.name() + ": " + hyperactive.bestScore(objective));
        }
    }
}
