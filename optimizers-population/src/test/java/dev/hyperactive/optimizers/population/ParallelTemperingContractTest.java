package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class ParallelTemperingContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new ParallelTemperingProvider();
    }
}
