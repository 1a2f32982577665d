package dev.hyperactive.optimizers.smbo;

/**
 * An upper bound of the posterior variance of a Gaussian process at one point: the posterior
 * variance given only the {@value #NEAREST} observations with the largest covariance to the point.
 *
 * <p>Conditioning on more observations never raises the posterior variance, so the bound holds for
 * the model of all observations. It costs O(n) to find those observations and a
 * {@value #NEAREST} x {@value #NEAREST} Cholesky factorization, against O(n^2) for the exact variance.
 * A small slack keeps rounding from pushing the bound below the exact value.
 */
final class NearestVarianceBound {

    /** The number of observations the bound conditions on. */
    static final int NEAREST = 3;

    private static final double SLACK = 1e-9;

    private final int[] nearest = new int[NEAREST];
    private final double[] covariance = new double[NEAREST];
    private final double[] lower = new double[NEAREST * NEAREST];

    /**
     * Returns the bound at a point whose covariances with the observations are {@code k[0, n)}.
     *
     * @param x the normalized positions of the observations, row by row
     * @param dimensions the number of dimensions of a row of {@code x}
     */
    double variance(MaternKernel kernel, double[] x, int dimensions, double[] k, int n) {
        int found = selectNearest(k, n);
        double signal = kernel.signalVariance();
        double diagonal = signal + kernel.noiseVariance();

        double explained = 0;
        for (int a = 0; a < found; a++) {
            double projection = covariance[a];
            for (int b = 0; b < a; b++) {
                double sum = kernel.covariance(x, nearest[a] * dimensions, x, nearest[b] * dimensions);
                for (int j = 0; j < b; j++) {
                    sum -= lower[a * NEAREST + j] * lower[b * NEAREST + j];
                }
                lower[a * NEAREST + b] = sum / lower[b * NEAREST + b];
            }
            double pivot = diagonal;
            for (int j = 0; j < a; j++) {
                pivot -= lower[a * NEAREST + j] * lower[a * NEAREST + j];
                projection -= lower[a * NEAREST + j] * covariance[j];
            }
            if (!(pivot > 0)) {
                break;
            }
            lower[a * NEAREST + a] = Math.sqrt(pivot);
            projection /= lower[a * NEAREST + a];
            covariance[a] = projection;
            explained += projection * projection;
        }
        return Math.max(signal - explained * (1 - SLACK) + SLACK * signal, 0);
    }

    /** Keeps the indices of the largest entries of {@code k[0, n)}, largest first; returns their count. */
    private int selectNearest(double[] k, int n) {
        int found = 0;
        for (int i = 0; i < n; i++) {
            double value = k[i];
            if (found == NEAREST && value <= covariance[NEAREST - 1]) {
                continue;
            }
            int slot = found < NEAREST ? found++ : NEAREST - 1;
            while (slot > 0 && covariance[slot - 1] < value) {
                covariance[slot] = covariance[slot - 1];
                nearest[slot] = nearest[slot - 1];
                slot--;
            }
            covariance[slot] = value;
            nearest[slot] = i;
        }
        return found;
    }
}
