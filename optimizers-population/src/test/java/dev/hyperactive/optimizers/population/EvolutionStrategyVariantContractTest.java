package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

/** The contract with comma selection, random restarts, two individuals and periodic bounds. */
class EvolutionStrategyVariantContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new EvolutionStrategyProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new EvolutionStrategyOptimizer().population(2).replaceParents(true).randomRestartProbability(0.2)
                .crossoverRate(0.7).boundary("periodic");
    }
}
