package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

/** The contract with three members, a large weight, full crossover and random bounds. */
class DifferentialEvolutionVariantContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new DifferentialEvolutionProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new DifferentialEvolutionOptimizer().population(3).mutationRate(1.8).crossoverRate(1)
                .boundary("random");
    }
}
