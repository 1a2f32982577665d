package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

/** The contract with every non-default branch on: another distribution, random restarts, one neighbour. */
class HillClimbingVariantContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new HillClimbingProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new HillClimbingOptimizer().epsilon(0.2).distribution("gumbel").neighbours(1)
                .randomRestartProbability(0.3);
    }
}
