package dev.hyperactive.cli.bench;

import dev.hyperactive.spi.OptimizerFamily;

/**
 * One run of the quality benchmark: an optimizer with its default parameters on one test problem
 * with one seed.
 *
 * @param optimizer the registry name of the optimizer
 * @param family the optimizer's family
 * @param problem the test function, such as {@code "sphere"}
 * @param dimensions the number of dimensions
 * @param seed the random state of the run
 */
record QualityCase(String optimizer, OptimizerFamily family, String problem, int dimensions, long seed) {

    /** Returns the column name of the problem, such as {@code "sphere-2D"}. */
    String problemLabel() {
        return problem + "-" + dimensions + "D";
    }
}
