package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class EnsembleOptimizerContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new EnsembleOptimizerProvider();
    }

    /** Fewer evaluations than the default 300, because the Gaussian process is refitted on every proposal. */
    @Override
    protected int iterations() {
        return 40;
    }
}
