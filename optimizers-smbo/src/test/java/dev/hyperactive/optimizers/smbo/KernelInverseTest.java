package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KernelInverseTest {

    @Test
    void appendedRowsGiveInverse() {
        int n = 23;
        double[] matrix = randomPositiveDefinite(n, 5);
        KernelInverse inverse = new KernelInverse();

        for (int i = 0; i < n; i++) {
            double[] row = new double[i + 1];
            System.arraycopy(matrix, i * n, row, 0, i + 1);
            assertTrue(inverse.append(row), "row " + i);
        }

        assertInverse(matrix, n, inverse);
    }

    @Test
    void rejectsRowThatBreaksDefiniteness() {
        KernelInverse inverse = new KernelInverse();
        assertTrue(inverse.append(new double[] {1}));

        assertFalse(inverse.append(new double[] {2, 1}));

        assertEquals(1, inverse.size());
        assertEquals(1, inverse.get(0, 0), 0.0);
    }

    @Test
    void clearStartsOver() {
        KernelInverse inverse = new KernelInverse();
        inverse.append(new double[] {4});
        inverse.append(new double[] {1, 3});

        inverse.clear();
        inverse.append(new double[] {2});

        assertEquals(1, inverse.size());
        assertEquals(0.5, inverse.get(0, 0), 0.0);
    }

    /** Checks that {@code inverse} times the n x n {@code matrix}, given row by row, is the identity. */
    private static void assertInverse(double[] matrix, int n, KernelInverse inverse) {
        assertEquals(n, inverse.size());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double product = 0;
                for (int k = 0; k < n; k++) {
                    product += matrix[i * n + k] * inverse.get(k, j);
                }
                assertEquals(i == j ? 1 : 0, product, 1e-12, "entry " + i + ", " + j + " of A A^-1");
                assertEquals(inverse.get(i, j), inverse.row(j)[i], 1e-15, "symmetry at " + i + ", " + j);
                assertEquals(matrix[i * n + j], inverse.matrixEntry(i, j), 0.0, "matrix entry " + i + ", " + j);
            }
        }
    }

    /** Returns B B^T + n I for a random n x n matrix B, row by row. */
    private static double[] randomPositiveDefinite(int n, long seed) {
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
}
