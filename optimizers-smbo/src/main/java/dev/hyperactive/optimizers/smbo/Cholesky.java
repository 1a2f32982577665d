package dev.hyperactive.optimizers.smbo;

/**
 * The lower-triangular Cholesky factor {@code L} of a symmetric positive definite matrix
 * {@code A = L L^T}, which can grow by one row and column at a time.
 *
 * <p>{@link #factor(double[], int)} costs O(n^3 / 3); {@link #append(double[])} adds a row and
 * column to {@code A} and extends {@code L} in O(n^2), with the same result as factoring the larger
 * matrix again. The factor is stored row by row in one array with capacity for more rows, so
 * appending allocates only when the capacity doubles.
 */
final class Cholesky {

    private double[] lower = new double[0];
    private int capacity;
    private int size;

    /** Creates an empty factor of a 0 x 0 matrix. */
    Cholesky() {
    }

    /** Returns the order {@code n} of the factored matrix. */
    int size() {
        return size;
    }

    /** Returns entry {@code (i, j)} of {@code L}; 0 above the diagonal. */
    double get(int i, int j) {
        return j > i ? 0 : lower[i * capacity + j];
    }

    /**
     * Factors the {@code n x n} matrix {@code matrix}, given row by row (only the lower triangle is
     * read), replacing the current factor.
     *
     * @return false if the matrix is not positive definite; the factor is then empty
     */
    boolean factor(double[] matrix, int n) {
        ensureCapacity(n);
        size = 0;
        for (int i = 0; i < n; i++) {
            if (!appendRow(matrix, i * n, i)) {
                size = 0;
                return false;
            }
            size = i + 1;
        }
        return true;
    }

    /** Empties the factor, keeping its storage. */
    void clear() {
        size = 0;
    }

    /**
     * Extends the factored matrix by one row and column: {@code row[0, n)} is the new off-diagonal
     * row and {@code row[n]} the new diagonal entry, where {@code n} is the current size.
     *
     * @return false if the larger matrix is not positive definite; the factor is then unchanged
     */
    boolean append(double[] row) {
        ensureCapacity(size + 1);
        if (!appendRow(row, 0, size)) {
            return false;
        }
        size++;
        return true;
    }

    /**
     * Computes row {@code i} of L from row {@code i} of A, read at {@code source[offset, offset + i]},
     * given rows 0 to i - 1 of L.
     */
    private boolean appendRow(double[] source, int offset, int i) {
        int rowStart = i * capacity;
        for (int j = 0; j < i; j++) {
            int other = j * capacity;
            double sum = source[offset + j] - dot(lower, rowStart, other, j);
            lower[rowStart + j] = sum / lower[other + j];
        }

        double diagonal = source[offset + i] - dot(lower, rowStart, rowStart, i);
        if (!(diagonal > 0) || !Double.isFinite(diagonal)) {
            return false;
        }
        lower[rowStart + i] = Math.sqrt(diagonal);
        return true;
    }

    /** Solves {@code L y = b} in place: {@code b[0, n)} becomes {@code y}. */
    void solveLower(double[] b) {
        for (int i = 0; i < size; i++) {
            int row = i * capacity;
            b[i] = (b[i] - dot(lower, row, b, 0, i)) / lower[row + i];
        }
    }

    /** Returns the dot product of {@code a[aStart, aStart + length)} and {@code a[bStart, bStart + length)}. */
    private static double dot(double[] a, int aStart, int bStart, int length) {
        return dot(a, aStart, a, bStart, length);
    }

    /**
     * Returns the dot product of {@code a[aStart, aStart + length)} and {@code b[bStart, bStart +
     * length)}, summed in four interleaved partial sums: independent additions run in parallel on
     * the processor, where one running sum waits for each addition in turn.
     */
    private static double dot(double[] a, int aStart, double[] b, int bStart, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < length; k += 4) {
            s0 += a[aStart + k] * b[bStart + k];
            s1 += a[aStart + k + 1] * b[bStart + k + 1];
            s2 += a[aStart + k + 2] * b[bStart + k + 2];
            s3 += a[aStart + k + 3] * b[bStart + k + 3];
        }
        for (; k < length; k++) {
            s0 += a[aStart + k] * b[bStart + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Solves {@code L^T x = y} in place: {@code y[0, n)} becomes {@code x}. */
    void solveUpper(double[] y) {
        for (int i = size - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < size; k++) {
                sum -= lower[k * capacity + i] * y[k];
            }
            y[i] = sum / lower[i * capacity + i];
        }
    }

    /** Solves {@code A x = b} in place: {@code b[0, n)} becomes {@code x}. */
    void solve(double[] b) {
        solveLower(b);
        solveUpper(b);
    }

    /**
     * Solves {@code L Y = B} in place for {@code m} right-hand sides at once: {@code B} is n x m,
     * row {@code i} at {@code b[i][0, m)}. The inner loop runs over the m columns, which is faster
     * than m separate solves because it walks the rows in order, and it subtracts four earlier rows
     * at once, so each pass over row {@code i} serves four of them. Each row is its own array, so the
     * loops read and write at the same index, which the JIT compiler turns into vector instructions.
     */
    void solveLowerColumns(double[][] b, int m) {
        for (int i = 0; i < size; i++) {
            int row = i * capacity;
            double[] target = b[i];
            int k = 0;
            for (; k + 3 < i; k += 4) {
                double f0 = lower[row + k];
                double f1 = lower[row + k + 1];
                double f2 = lower[row + k + 2];
                double f3 = lower[row + k + 3];
                double[] b0 = b[k];
                double[] b1 = b[k + 1];
                double[] b2 = b[k + 2];
                double[] b3 = b[k + 3];
                for (int c = 0; c < m; c++) {
                    target[c] -= (f0 * b0[c] + f1 * b1[c]) + (f2 * b2[c] + f3 * b3[c]);
                }
            }
            for (; k < i; k++) {
                double factor = lower[row + k];
                double[] source = b[k];
                for (int c = 0; c < m; c++) {
                    target[c] -= factor * source[c];
                }
            }
            double inverse = 1 / lower[row + i];
            for (int c = 0; c < m; c++) {
                target[c] *= inverse;
            }
        }
    }

    /** Returns {@code log det A = 2 * sum(log L_ii)}. */
    double logDeterminant() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += Math.log(lower[i * capacity + i]);
        }
        return 2 * sum;
    }

    private void ensureCapacity(int n) {
        if (n <= capacity) {
            return;
        }
        int larger = Math.max(n, Math.max(16, capacity * 2));
        double[] copy = new double[larger * larger];
        for (int i = 0; i < size; i++) {
            System.arraycopy(lower, i * capacity, copy, i * larger, i + 1);
        }
        lower = copy;
        capacity = larger;
    }
}
