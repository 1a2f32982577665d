package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class PowellsMethodContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new PowellsMethodProvider();
    }
}
