package dev.hyperactive.optimizers.smbo;

/**
 * The squared coordinate differences of every pair of a set of observations, per dimension that a
 * {@link MaternKernel} reads, so that the kernel matrix for new hyperparameters takes one
 * multiply-add per dimension and pair plus the Matern function.
 *
 * <p>The differences do not depend on the hyperparameters, so a likelihood fit computes them once
 * and builds hundreds of kernel matrices from them. Pairs are stored as the packed lower triangle,
 * pair {@code (i, j)} with {@code j < i} at {@code i (i - 1) / 2 + j}, dimension after dimension.
 * A categorical dimension stores 1 where the categories differ and 0 where they are equal.
 */
final class PairDistances {

    private int n;
    private int pairs;
    private int active;
    private double[] squares = new double[0];
    private double[] scaled = new double[0];

    /** Computes the differences of the observations at {@code rows} of the normalized positions {@code x}. */
    void compute(MaternKernel kernel, double[] x, int dimensions, int[] rows) {
        n = rows.length;
        pairs = n * (n - 1) / 2;
        active = kernel.activeCount();
        if (squares.length < active * pairs) {
            squares = new double[active * pairs];
        }
        if (scaled.length < pairs) {
            scaled = new double[pairs];
        }

        for (int a = 0; a < active; a++) {
            int d = kernel.activeDimension(a);
            boolean categorical = kernel.isCategoricalActive(a);
            int base = a * pairs;
            for (int i = 1; i < n; i++) {
                int row = base + i * (i - 1) / 2;
                double xi = x[rows[i] * dimensions + d];
                for (int j = 0; j < i; j++) {
                    double delta = xi - x[rows[j] * dimensions + d];
                    if (categorical) {
                        squares[row + j] = delta == 0 ? 0 : 1;
                    } else {
                        squares[row + j] = delta * delta;
                    }
                }
            }
        }
    }

    /** Returns the number of observations. */
    int size() {
        return n;
    }

    /**
     * Writes the upper triangle and diagonal of the kernel matrix plus noise into {@code matrix},
     * row by row with {@link #size()} columns.
     */
    void kernelMatrix(MaternKernel kernel, double[] matrix) {
        java.util.Arrays.fill(scaled, 0, pairs, 0);
        for (int a = 0; a < active; a++) {
            double weight = kernel.inverseSquaredLength(a);
            int base = a * pairs;
            for (int t = 0; t < pairs; t++) {
                scaled[t] += weight * squares[base + t];
            }
        }

        double diagonal = kernel.signalVariance() + kernel.noiseVariance();
        for (int i = 0; i < n; i++) {
            int packed = i * (i - 1) / 2;
            int row = i * n;
            for (int j = 0; j < i; j++) {
                matrix[j * n + i] = kernel.maternOfSquared(scaled[packed + j]);
            }
            matrix[row + i] = diagonal;
        }
    }
}
