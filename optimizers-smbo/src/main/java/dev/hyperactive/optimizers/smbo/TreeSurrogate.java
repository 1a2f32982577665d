package dev.hyperactive.optimizers.smbo;

import java.util.random.RandomGenerator;

/** A tree-based regression model over integer positions that predicts a mean and a standard deviation. */
interface TreeSurrogate {

    /**
     * Fits the model to the first {@code n} rows of the row-major matrix {@code x} with {@code dims}
     * columns and their targets {@code y}. The arrays are not kept.
     */
    void fit(int[] x, double[] y, int n, int dims, RandomGenerator random);

    /**
     * Writes the predicted mean of {@code position} to {@code meanAndStd[0]} and its standard
     * deviation to {@code meanAndStd[1]}.
     *
     * @throws IllegalStateException if the model was not fitted
     */
    void predict(int[] position, double[] meanAndStd);

    /**
     * Writes the predicted means and standard deviations of {@code count} positions into
     * {@code mean[0, count)} and {@code std[0, count)}, the same values that
     * {@link #predict(int[], double[])} gives one by one. The positions are column-major: index
     * {@code d} of position {@code c} is {@code columns[d * count + c]}.
     *
     * @throws IllegalStateException if the model was not fitted
     */
    void predictBatch(int[] columns, int count, double[] mean, double[] std);
}
