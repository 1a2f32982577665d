package dev.hyperactive.optimizers.smbo;

/**
 * An in-place Cholesky factorization of a full symmetric positive definite matrix, {@code A = U^T U}
 * with {@code U} upper triangular, for the many small factorizations of a likelihood fit.
 *
 * <p>It updates the trailing rows with whole-row multiply-adds (right-looking). The matrix is held
 * as one array per row, so that each update reads and writes rows at the same index
 * ({@code row[j] -= f * pivotRow[j]}): the JIT compiler turns only such loops into vector
 * instructions, because it cannot rule out overlap between two ranges of one array. Rows are finished in
 * panels of {@value #PANEL}, and each later row takes the updates of a panel four rows per pass,
 * which cuts the memory traffic of the update. The subtractions from each entry happen in the
 * order of the pivot rows, so the factor equals that of the plain row-by-row update bit for bit.
 * {@link Cholesky} builds its factor row by row instead, which suits appending observations but
 * waits on a division and a dot product per entry.
 */
final class DenseCholesky {

    /** The number of rows finished before the rows below them are updated with all of them at once. */
    static final int PANEL = 8;

    private double[][] upper = new double[0][];
    private int n;

    /**
     * Factors the {@code size x size} matrix whose upper triangle (diagonal included) is given in
     * {@code rows[i][i, size)}, which is overwritten. The lower triangle is not read.
     *
     * @return false if the matrix is not positive definite
     */
    boolean factor(double[][] rows, int size) {
        upper = rows;
        n = size;
        for (int first = 0; first < size; first += PANEL) {
            int end = Math.min(first + PANEL, size);
            if (!factorPanel(rows, size, first, end)) {
                n = 0;
                return false;
            }
            for (int i = end; i < size; i++) {
                updateRow(rows, size, first, end, i);
            }
        }
        return true;
    }

    /**
     * Completes rows {@code [first, end)}, which have received the updates of every earlier row:
     * each pivot row is scaled and then subtracted from the later rows of the panel.
     */
    private static boolean factorPanel(double[][] rows, int size, int first, int end) {
        for (int k = first; k < end; k++) {
            double[] pivotRow = rows[k];
            double pivot = pivotRow[k];
            if (!(pivot > 0) || !Double.isFinite(pivot)) {
                return false;
            }
            double diagonal = Math.sqrt(pivot);
            pivotRow[k] = diagonal;
            double inverse = 1 / diagonal;
            for (int j = k + 1; j < size; j++) {
                pivotRow[j] *= inverse;
            }
            for (int i = k + 1; i < end; i++) {
                double factor = pivotRow[i];
                double[] row = rows[i];
                for (int j = i; j < size; j++) {
                    row[j] -= factor * pivotRow[j];
                }
            }
        }
        return true;
    }

    /** Subtracts the finished rows {@code [first, end)} from row {@code i}, four per pass over it. */
    private static void updateRow(double[][] rows, int size, int first, int end, int i) {
        double[] row = rows[i];
        int k = first;
        for (; k + 3 < end; k += 4) {
            double[] p0 = rows[k];
            double[] p1 = rows[k + 1];
            double[] p2 = rows[k + 2];
            double[] p3 = rows[k + 3];
            double f0 = p0[i];
            double f1 = p1[i];
            double f2 = p2[i];
            double f3 = p3[i];
            for (int j = i; j < size; j++) {
                row[j] = row[j] - f0 * p0[j] - f1 * p1[j] - f2 * p2[j] - f3 * p3[j];
            }
        }
        for (; k < end; k++) {
            double[] pivotRow = rows[k];
            double factor = pivotRow[i];
            for (int j = i; j < size; j++) {
                row[j] -= factor * pivotRow[j];
            }
        }
    }

    /** Solves {@code U^T y = b} in place: {@code b[0, n)} becomes {@code y}. */
    void solveTransposed(double[] b) {
        for (int k = 0; k < n; k++) {
            double[] row = upper[k];
            double value = b[k] / row[k];
            b[k] = value;
            for (int i = k + 1; i < n; i++) {
                b[i] -= row[i] * value;
            }
        }
    }

    /** Returns {@code log det A = 2 * sum(log U_ii)}. */
    double logDeterminant() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.log(upper[i][i]);
        }
        return 2 * sum;
    }
}
