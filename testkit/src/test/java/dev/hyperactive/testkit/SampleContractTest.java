package dev.hyperactive.testkit;

import dev.hyperactive.spi.OptimizerProvider;

/** The contract passes for an optimizer that keeps it. */
class SampleContractTest extends OptimizerContractTest {

    @Override
    protected OptimizerProvider provider() {
        return new SampleProvider(SampleProvider.Defect.NONE);
    }
}
