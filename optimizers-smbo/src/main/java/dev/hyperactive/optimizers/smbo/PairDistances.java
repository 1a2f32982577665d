package dev.hyperactive.optimizers.smbo;

/**
 * The squared coordinate differences of every pair of a set of observations, per dimension that a
 * {@link MaternKernel} reads, so that the kernel matrix for new hyperparameters takes one
 * multiply-add per dimension and pair plus the Matern function.
 *
 * <p>The differences do not depend on the hyperparameters, so a likelihood fit computes them once
 * and builds hundreds of kernel matrices from them. Pairs are stored as the packed upper triangle,
 * row after row, pair {@code (j, i)} with {@code j < i} at {@code j (2 n - j - 1) / 2 + i - j - 1},
 * in one array per dimension, so that a row of the kernel matrix reads them in order. A categorical
 * dimension stores 1 where the categories differ and 0 where they are equal.
 */
final class PairDistances {

    private int n;
    private int pairs;
    private int active;
    private double[][] squares = new double[0][];
    private double[] scaled = new double[0];

    /** Computes the differences of the observations at {@code rows} of the normalized positions {@code x}. */
    void compute(MaternKernel kernel, double[] x, int dimensions, int[] rows) {
        n = rows.length;
        pairs = n * (n - 1) / 2;
        active = kernel.activeCount();
        if (squares.length < active || (active > 0 && squares[0].length < pairs)) {
            squares = new double[Math.max(active, squares.length)][pairs];
        }
        if (scaled.length < pairs) {
            scaled = new double[pairs];
        }

        for (int a = 0; a < active; a++) {
            int d = kernel.activeDimension(a);
            boolean categorical = kernel.isCategoricalActive(a);
            double[] square = squares[a];
            for (int j = 0; j < n; j++) {
                int start = rowStart(j) - j - 1;
                double xj = x[rows[j] * dimensions + d];
                for (int i = j + 1; i < n; i++) {
                    double delta = x[rows[i] * dimensions + d] - xj;
                    if (categorical) {
                        square[start + i] = delta == 0 ? 0 : 1;
                    } else {
                        square[start + i] = delta * delta;
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
     * Writes the upper triangle and diagonal of the kernel matrix plus noise into
     * {@code matrix[i][i, size())} for each row {@code i < size()}.
     */
    void kernelMatrix(MaternKernel kernel, double[][] matrix) {
        java.util.Arrays.fill(scaled, 0, pairs, 0);
        for (int a = 0; a < active; a++) {
            double weight = kernel.inverseSquaredLength(a);
            double[] square = squares[a];
            for (int t = 0; t < pairs; t++) {
                scaled[t] += weight * square[t];
            }
        }

        double diagonal = kernel.signalVariance() + kernel.noiseVariance();
        for (int j = 0; j < n; j++) {
            double[] row = matrix[j];
            int start = rowStart(j) - j - 1;
            row[j] = diagonal;
            for (int i = j + 1; i < n; i++) {
                row[i] = kernel.maternOfSquared(scaled[start + i]);
            }
        }
    }

    /** Returns the index of pair {@code (j, j + 1)}, the first of row {@code j}. */
    private int rowStart(int j) {
        return j * (2 * n - j - 1) / 2;
    }
}
