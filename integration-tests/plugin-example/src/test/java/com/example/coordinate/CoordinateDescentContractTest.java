package com.example.coordinate;

import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.testkit.OptimizerContractTest;

class CoordinateDescentContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new CoordinateDescentProvider();
    }
}
