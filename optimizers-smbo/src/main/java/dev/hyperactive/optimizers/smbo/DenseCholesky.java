package dev.hyperactive.optimizers.smbo;

/**
 * An in-place Cholesky factorization of a full symmetric positive definite matrix, {@code A = U^T U}
 * with {@code U} upper triangular, for the many small factorizations of a likelihood fit.
 *
 * <p>It updates the trailing rows with whole-row multiply-adds (right-looking, row by row), whose
 * inner loops run over contiguous memory with no dependence between iterations, so the JIT compiler
 * turns them into vector instructions. {@link Cholesky} builds its factor row by row instead, which
 * suits appending observations but waits on a division and a dot product per entry.
 */
final class DenseCholesky {

    private double[] upper = new double[0];
    private int n;

    /**
     * Factors the {@code size x size} matrix whose upper triangle (diagonal included) is given row by
     * row in {@code matrix}, which is overwritten. The lower triangle is not read.
     *
     * @return false if the matrix is not positive definite
     */
    boolean factor(double[] matrix, int size) {
        upper = matrix;
        n = size;
        for (int k = 0; k < size; k++) {
            int rowK = k * size;
            double pivot = matrix[rowK + k];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                n = 0;
                return false;
            }
            double diagonal = Math.sqrt(pivot);
            matrix[rowK + k] = diagonal;
            double inverse = 1 / diagonal;
            for (int j = k + 1; j < size; j++) {
                matrix[rowK + j] *= inverse;
            }
            for (int i = k + 1; i < size; i++) {
                double factor = matrix[rowK + i];
                int rowI = i * size;
                for (int j = i; j < size; j++) {
                    matrix[rowI + j] -= factor * matrix[rowK + j];
                }
            }
        }
        return true;
    }

    /** Solves {@code U^T y = b} in place: {@code b[0, n)} becomes {@code y}. */
    void solveTransposed(double[] b) {
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            double value = b[k] / upper[rowK + k];
            b[k] = value;
            for (int i = k + 1; i < n; i++) {
                b[i] -= upper[rowK + i] * value;
            }
        }
    }

    /** Returns {@code log det A = 2 * sum(log U_ii)}. */
    double logDeterminant() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.log(upper[i * n + i]);
        }
        return 2 * sum;
    }
}
