package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class BayesianContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new BayesianOptimizerProvider();
    }

    /** 60 evaluations per run keep the Gaussian process cheap while passing every fallback path. */
    @Override
    protected int iterations() {
        return 60;
    }
}
