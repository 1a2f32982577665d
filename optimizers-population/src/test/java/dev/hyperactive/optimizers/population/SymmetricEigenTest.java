package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void diagonalMatrixKeepsItsValues() {
        SymmetricEigen eigen = new SymmetricEigen(3);

        eigen.decompose(new double[][] {{3, 0, 0}, {0, 1, 0}, {0, 0, 2}});

        assertArrayEquals(new double[] {3, 1, 2}, eigen.values(), 0);
        assertArrayEquals(new double[] {1, 0, 0}, eigen.vectors()[0], 0);
    }

    @Test
    void twoByTwoHasKnownValues() {
        SymmetricEigen eigen = new SymmetricEigen(2);

        eigen.decompose(new double[][] {{2, 1}, {1, 2}});

        double[] values = eigen.values().clone();
        Arrays.sort(values);
        assertArrayEquals(new double[] {1, 3}, values, 1e-14);
    }

    @Test
    void equalDiagonalEntriesRotateByQuarterPi() {
        SymmetricEigen eigen = new SymmetricEigen(2);

        eigen.decompose(new double[][] {{1, 1e-3}, {1e-3, 1}});

        double[] values = eigen.values().clone();
        Arrays.sort(values);
        assertArrayEquals(new double[] {1 - 1e-3, 1 + 1e-3}, values, 1e-15);
    }

    @Test
    void randomMatricesAreReconstructed() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n : new int[] {1, 2, 5, 10, 30}) {
            double[][] matrix = randomCovariance(n, random);
            SymmetricEigen eigen = new SymmetricEigen(n);

            int sweeps = eigen.decompose(matrix);

            assertTrue(sweeps < SymmetricEigen.MAX_SWEEPS, "sweeps for n = " + n + ": " + sweeps);
            assertReconstructs(matrix, eigen, 1e-10);
            assertOrthonormal(eigen.vectors(), 1e-12);
        }
    }

    @Test
    void illConditionedMatrixKeepsSmallEigenvalue() {
        double[][] matrix = {{1e8, 0, 0}, {0, 1, 0}, {0, 0, 1e-8}};
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        double[][] rotation = {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        double[][] rotated = multiply(multiply(rotation, matrix), transpose(rotation));
        SymmetricEigen eigen = new SymmetricEigen(3);

        eigen.decompose(rotated);

        double[] values = eigen.values().clone();
        Arrays.sort(values);
        assertEquals(1e-8, values[0], 1e-15);
        assertEquals(1, values[1], 1e-7);
        assertEquals(1e8, values[2], 1e-6);
    }

    @Test
    void inputIsNotModified() {
        double[][] matrix = {{2, 1}, {1, 2}};

        new SymmetricEigen(2).decompose(matrix);

        assertArrayEquals(new double[] {2, 1}, matrix[0], 0);
        assertArrayEquals(new double[] {1, 2}, matrix[1], 0);
    }

    @Test
    void sizeMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SymmetricEigen(0));

        assertEquals("matrix size must be positive: 0", e.getMessage());
    }

    private static void assertReconstructs(double[][] matrix, SymmetricEigen eigen, double tolerance) {
        int n = matrix.length;
        double[][] v = eigen.vectors();
        double[] values = eigen.values();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += v[i][k] * values[k] * v[j][k];
                }
                assertEquals(matrix[i][j], sum, tolerance, "entry " + i + ", " + j + " for n = " + n);
            }
        }
    }

    private static void assertOrthonormal(double[][] v, double tolerance) {
        int n = v.length;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += v[i][a] * v[i][b];
                }
                assertEquals(a == b ? 1 : 0, dot, tolerance, "columns " + a + " and " + b);
            }
        }
    }

    /** Returns {@code A A^T + I} for a random {@code A}: symmetric positive definite. */
    private static double[][] randomCovariance(int n, SplittableRandom random) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        double[][] product = multiply(a, transpose(a));
        for (int i = 0; i < n; i++) {
            product[i][i] += 1;
        }
        return product;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    result[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return result;
    }

    private static double[][] transpose(double[][] a) {
        int n = a.length;
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[j][i] = a[i][j];
            }
        }
        return result;
    }
}
