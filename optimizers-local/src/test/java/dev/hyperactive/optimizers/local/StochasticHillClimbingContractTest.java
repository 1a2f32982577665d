package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class StochasticHillClimbingContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new StochasticHillClimbingProvider();
    }
}
