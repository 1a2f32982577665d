package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CholeskyTest {

    /** A = L L^T with L = [[2, 0, 0], [6, 1, 0], [-8, 5, 3]]. */
    private static final double[] MATRIX = {4, 12, -16, 12, 37, -43, -16, -43, 98};

    @Test
    void factorMatchesKnownMatrix() {
        Cholesky cholesky = new Cholesky();

        assertTrue(cholesky.factor(MATRIX, 3));

        double[][] expected = {{2, 0, 0}, {6, 1, 0}, {-8, 5, 3}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], cholesky.get(i, j), 1e-12, "L(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void solveGivesSolutionOfSystem() {
        Cholesky cholesky = new Cholesky();
        cholesky.factor(MATRIX, 3);
        double[] x = {1, -2, 0.5};
        double[] b = multiply(MATRIX, x, 3);

        cholesky.solve(b);

        assertArrayEquals(x, b, 1e-10);
    }

    @Test
    void logDeterminantIsTwiceSumOfLogDiagonal() {
        Cholesky cholesky = new Cholesky();
        cholesky.factor(MATRIX, 3);

        assertEquals(Math.log(36), cholesky.logDeterminant(), 1e-12);
    }

    @Test
    void appendRowEqualsRefactorization() {
        int n = 40;
        double[] matrix = randomPositiveDefinite(n, 5);
        Cholesky full = new Cholesky();
        full.factor(matrix, n);

        Cholesky grown = new Cholesky();
        for (int i = 0; i < n; i++) {
            double[] row = new double[i + 1];
            System.arraycopy(matrix, i * n, row, 0, i + 1);
            assertTrue(grown.append(row), "row " + i);
        }

        assertEquals(n, grown.size());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                assertEquals(full.get(i, j), grown.get(i, j), 1e-9, "L(" + i + ", " + j + ")");
            }
        }
        assertEquals(full.logDeterminant(), grown.logDeterminant(), 1e-9);
    }

    @Test
    void blockSolveMatchesSingleSolves() {
        int n = 12;
        int m = 5;
        Cholesky cholesky = new Cholesky();
        cholesky.factor(randomPositiveDefinite(n, 7), n);
        SplittableRandom random = new SplittableRandom(3);
        double[][] block = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < m; c++) {
                block[i][c] = random.nextDouble(-1, 1);
            }
        }
        double[][] columns = new double[m][n];
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) {
                columns[c][i] = block[i][c];
            }
            cholesky.solveLower(columns[c]);
        }

        cholesky.solveLowerColumns(block, m);

        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) {
                assertEquals(columns[c][i], block[i][c], 1e-12, "row " + i + ", column " + c);
            }
        }
    }

    @Test
    void notPositiveDefiniteIsReported() {
        Cholesky cholesky = new Cholesky();
        cholesky.factor(MATRIX, 3);

        assertFalse(cholesky.append(new double[] {1, 1, 1, -5}));
        assertEquals(3, cholesky.size());
        assertFalse(cholesky.factor(new double[] {1, 2, 2, 1}, 2));
        assertEquals(0, cholesky.size());
    }

    @Test
    void denseFactorMatchesRowFactor() {
        int n = 13;
        double[] matrix = randomPositiveDefinite(n, 11);
        Cholesky rows = new Cholesky();
        rows.factor(matrix, n);
        DenseCholesky dense = new DenseCholesky();

        assertTrue(dense.factor(rowsOf(matrix, n), n));

        assertEquals(rows.logDeterminant(), dense.logDeterminant(), 1e-9);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = i % 3 - 1;
        }
        double[] expected = b.clone();
        rows.solveLower(expected);
        dense.solveTransposed(b);
        assertArrayEquals(expected, b, 1e-12);
    }

    @Test
    void denseFactorMatchesRowFactorAcrossPanels() {
        int n = 3 * DenseCholesky.PANEL + 3;
        double[] matrix = randomPositiveDefinite(n, 12);
        Cholesky rows = new Cholesky();
        rows.factor(matrix, n);
        DenseCholesky dense = new DenseCholesky();

        assertTrue(dense.factor(rowsOf(matrix, n), n));

        assertEquals(rows.logDeterminant(), dense.logDeterminant(), 1e-9);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = Math.sin(i);
        }
        double[] expected = b.clone();
        rows.solveLower(expected);
        dense.solveTransposed(b);
        assertArrayEquals(expected, b, 1e-12);
    }

    @Test
    void denseFactorReportsIndefiniteMatrixInLaterPanel() {
        int n = DenseCholesky.PANEL + 2;
        double[][] rows = rowsOf(randomPositiveDefinite(n, 13), n);
        rows[n - 1][n - 1] = -1;

        assertFalse(new DenseCholesky().factor(rows, n));
    }

    @Test
    void denseFactorReportsIndefiniteMatrix() {
        DenseCholesky dense = new DenseCholesky();

        assertFalse(dense.factor(new double[][] {{1, 2}, {2, 1}}, 2));
    }

    /** Returns the rows of the n x n matrix given row by row in {@code matrix}, as separate arrays. */
    private static double[][] rowsOf(double[] matrix, int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(matrix, i * n, (i + 1) * n);
        }
        return rows;
    }

    /** Returns B B^T + n I for a random n x n matrix B, row by row. */
    static double[] randomPositiveDefinite(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] b = new double[n * n];
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextDouble(-1, 1);
        }
        double[] matrix = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = i == j ? n : 0;
                for (int k = 0; k < n; k++) {
                    sum += b[i * n + k] * b[j * n + k];
                }
                matrix[i * n + j] = sum;
            }
        }
        return matrix;
    }

    private static double[] multiply(double[] matrix, double[] x, int n) {
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[i] += matrix[i * n + j] * x[j];
            }
        }
        return result;
    }
}
