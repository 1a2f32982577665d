package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * The inverse {@code A = (K + noise I)^-1} of the kernel matrix of the observations, grown by one
 * row and column per observation in O(n^2), as {@link Cholesky} grows the factor of the same matrix.
 *
 * <p>Appending row {@code b} with diagonal entry {@code d} to the matrix updates the inverse by the
 * Schur complement {@code s = d - b^T A b}: with {@code u = A b}, the old block becomes
 * {@code A + u u^T / s}, the new row and column {@code -u / s} and the new diagonal entry
 * {@code 1 / s}. {@link NearestVarianceBound} reads the inverse, and the inverted matrix itself, to
 * bound posterior variances in O(n) per point. Both are stored in full, one array per row with room
 * for more columns, so that the loops of an append read and write rows at the same index, which the
 * JIT compiler turns into vector instructions.
 *
 * <p>Built from nothing, as after every refit of the kernel, the n appends cost O(2 n^3 / 3).
 * Inverting the Cholesky factor and multiplying {@code L^-T L^-1} would take O(n^3 / 3), but a
 * row-by-row version of that was slower at 500 and 2,000 observations, because it reads the matrix
 * from memory again for every row.
 */
final class KernelInverse {

    private double[][] inverse = new double[0][];
    private double[][] matrix = new double[0][];
    private double[] product = new double[0];
    private int capacity;
    private int size;

    /** Returns the order {@code n} of the inverted matrix. */
    int size() {
        return size;
    }

    /** Empties the inverse, keeping its storage. */
    void clear() {
        size = 0;
    }

    /** Returns entry {@code (i, j)} of the inverse. */
    double get(int i, int j) {
        return inverse[i][j];
    }

    /** Returns row {@code i} of the inverse, entries {@code [0, size())}; the array is not a copy. */
    double[] row(int i) {
        return inverse[i];
    }

    /** Returns entry {@code (i, j)} of the inverted matrix, the noise included on the diagonal. */
    double matrixEntry(int i, int j) {
        return matrix[i][j];
    }

    /**
     * Extends the inverted matrix by one row and column: {@code row[0, n)} is the new off-diagonal
     * row and {@code row[n]} the new diagonal entry, where {@code n} is the current size.
     *
     * @return false, leaving the inverse unchanged, if the Schur complement is not positive
     */
    boolean append(double[] row) {
        int n = size;
        ensureCapacity(n + 1);

        Arrays.fill(product, 0, n, 0);
        for (int j = 0; j < n; j++) {
            double weight = row[j];
            double[] column = inverse[j];
            for (int i = 0; i < n; i++) {
                product[i] += weight * column[i];
            }
        }
        double complement = row[n];
        for (int i = 0; i < n; i++) {
            complement -= row[i] * product[i];
        }
        if (!(complement > 0) || !Double.isFinite(complement)) {
            return false;
        }

        double scale = 1 / complement;
        double[] last = inverse[n];
        for (int i = 0; i < n; i++) {
            double[] target = inverse[i];
            double factor = product[i] * scale;
            for (int j = 0; j < n; j++) {
                target[j] += factor * product[j];
            }
            target[n] = -factor;
            last[i] = -factor;
            matrix[i][n] = row[i];
        }
        last[n] = scale;
        System.arraycopy(row, 0, matrix[n], 0, n + 1);
        size = n + 1;
        return true;
    }

    private void ensureCapacity(int n) {
        if (n <= capacity) {
            return;
        }
        int larger = Math.max(n, Math.max(16, capacity * 2));
        inverse = grown(inverse, larger);
        matrix = grown(matrix, larger);
        product = new double[larger];
        capacity = larger;
    }

    private double[][] grown(double[][] square, int larger) {
        double[][] copy = new double[larger][];
        for (int i = 0; i < larger; i++) {
            copy[i] = i < size ? Arrays.copyOf(square[i], larger) : new double[larger];
        }
        return copy;
    }
}
