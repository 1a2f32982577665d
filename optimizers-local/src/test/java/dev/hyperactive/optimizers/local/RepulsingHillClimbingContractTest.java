package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class RepulsingHillClimbingContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new RepulsingHillClimbingProvider();
    }
}
