package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class GeneticAlgorithmContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new GeneticAlgorithmProvider();
    }
}
