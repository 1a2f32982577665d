package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

class ForestRandomForestContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new ForestOptimizerProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new ForestOptimizer().treeRegressor("random_forest");
    }

    /** Fewer evaluations than the default 300, because the trees are refitted on every proposal. */
    @Override
    protected int iterations() {
        return 60;
    }
}
