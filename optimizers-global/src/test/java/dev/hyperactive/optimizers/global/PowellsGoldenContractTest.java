package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

/** The contract for Powell's method with the golden-section line search. */
class PowellsGoldenContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new PowellsMethodProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new PowellsMethodOptimizer().lineSearch("golden");
    }
}
