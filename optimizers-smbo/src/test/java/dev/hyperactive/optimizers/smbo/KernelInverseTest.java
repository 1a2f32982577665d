package dev.hyperactive.optimizers.smbo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KernelInverseTest {

    @Test
    void appendedRowsGiveInverse() {
        int n = 23;
        double[] matrix = CholeskyTest.randomPositiveDefinite(n, 5);
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
}
