package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerProvider;

import dev.hyperactive.testkit.OptimizerContractTest;

class ForestOptimizerContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new ForestOptimizerProvider();
    }

    /** Fewer evaluations than the default 300, because the trees are refitted on every proposal. */
    @Override
    protected int iterations() {
        return 60;
    }
}
