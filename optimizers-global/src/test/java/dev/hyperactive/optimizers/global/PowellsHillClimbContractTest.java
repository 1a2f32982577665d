package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

/** The contract for Powell's method with the hill-climbing line search and random restarts. */
class PowellsHillClimbContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new PowellsMethodProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new PowellsMethodOptimizer().lineSearch("hill_climb").randomRestartProbability(0.1);
    }
}
