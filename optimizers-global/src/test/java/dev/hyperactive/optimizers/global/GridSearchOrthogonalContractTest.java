package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.testkit.OptimizerContractTest;

class GridSearchOrthogonalContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new GridSearchProvider();
    }

    @Override
    protected OptimizerSpec spec() {
        return new GridSearchOptimizer().direction(GridSearchOptimizer.ORTHOGONAL).stepSize(3);
    }

    /** Returns false because the walk is fixed and only the initial positions depend on the seed. */
    @Override
    protected boolean proposalsAreRandom() {
        return false;
    }
}
