package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class GridSearchDiagonalContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new GridSearchProvider();
    }

    /** Returns false because the walk is fixed and only the initial positions depend on the seed. */
    @Override
    protected boolean proposalsAreRandom() {
        return false;
    }
}
