package dev.hyperactive.optimizers.population;

/**
 * The eigendecomposition of a small dense symmetric matrix by the cyclic Jacobi method:
 * {@code A = V diag(values) V^T} with orthonormal eigenvectors in the columns of {@code V}.
 *
 * <p>Each sweep applies one plane rotation per off-diagonal pair {@code (p, q)} that zeroes
 * {@code A[p][q]}. Sweeps repeat until the off-diagonal sum of squares falls below
 * {@code 1e-30} times the squared Frobenius norm, or after {@value #MAX_SWEEPS} sweeps. Jacobi
 * converges quadratically and computes small eigenvalues to high relative accuracy, which matters
 * for the condition number CMA-ES checks. A sweep costs {@code O(n^3)}, which is cheap for the
 * dimension counts of a search space and runs once per generation.
 *
 * <p>An instance owns the work arrays for one size {@code n} and is reused, so that
 * {@link #decompose(double[][])} allocates nothing. It is not thread-safe.
 */
final class SymmetricEigen {

    /** The maximum number of sweeps; convergence usually takes 6 to 10. */
    static final int MAX_SWEEPS = 50;

    private final int n;
    private final double[][] work;
    private final double[][] vectors;
    private final double[] values;

    /**
     * Creates the work space for {@code n}-by-{@code n} matrices.
     *
     * @throws IllegalArgumentException if {@code n} is not positive
     */
    SymmetricEigen(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("matrix size must be positive: " + n);
        }
        this.n = n;
        this.work = new double[n][n];
        this.vectors = new double[n][n];
        this.values = new double[n];
    }

    /**
     * Decomposes the symmetric matrix {@code matrix}, which is not modified; only its upper
     * triangle is read. The results are available from {@link #values()} and {@link #vectors()}.
     *
     * @return the number of sweeps used
     */
    int decompose(double[][] matrix) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                work[i][j] = i <= j ? matrix[i][j] : matrix[j][i];
                vectors[i][j] = i == j ? 1 : 0;
            }
        }

        int sweeps = 0;
        while (sweeps < MAX_SWEEPS && !converged()) {
            sweep();
            sweeps++;
        }

        for (int i = 0; i < n; i++) {
            values[i] = work[i][i];
        }
        return sweeps;
    }

    /** Returns the eigenvalues of the last decomposition, in no particular order; the array is reused. */
    double[] values() {
        return values;
    }

    /**
     * Returns the eigenvectors of the last decomposition: column {@code k} belongs to
     * {@code values()[k]}. The array is reused.
     */
    double[][] vectors() {
        return vectors;
    }

    private boolean converged() {
        double off = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += work[i][i] * work[i][i];
            for (int j = i + 1; j < n; j++) {
                double square = work[i][j] * work[i][j];
                off += square;
                total += 2 * square;
            }
        }
        return off <= 1e-30 * total;
    }

    private void sweep() {
        for (int p = 0; p < n - 1; p++) {
            for (int q = p + 1; q < n; q++) {
                if (work[p][q] != 0) {
                    rotate(p, q);
                }
            }
        }
    }

    /**
     * Applies the rotation that zeroes {@code work[p][q]}. The angle follows from
     * {@code theta = (a_qq - a_pp) / (2 a_pq)}, taking the smaller root
     * {@code t = sign(theta) / (|theta| + sqrt(theta^2 + 1))} for stability.
     */
    private void rotate(int p, int q) {
        double apq = work[p][q];
        double theta = (work[q][q] - work[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        } else if (Double.isInfinite(theta * theta)) {
            t = 1 / (2 * theta);
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;

        for (int k = 0; k < n; k++) {
            double akp = work[k][p];
            double akq = work[k][q];
            work[k][p] = c * akp - s * akq;
            work[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = work[p][k];
            double aqk = work[q][k];
            work[p][k] = c * apk - s * aqk;
            work[q][k] = s * apk + c * aqk;
        }
        work[p][q] = 0;
        work[q][p] = 0;

        for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
        }
    }
}
