package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class TreeStructuredParzenEstimatorsContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new TreeStructuredParzenEstimatorsProvider();
    }
}
