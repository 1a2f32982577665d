package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

/** The contract with IPOP restarts, a small population, a large sigma and reflection at the bounds. */
class CmaEsVariantContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new CmaEsProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new CmaEsOptimizer().population(3).mu(1).sigma(2).ipopRestart(true).boundary("reflect");
    }
}
