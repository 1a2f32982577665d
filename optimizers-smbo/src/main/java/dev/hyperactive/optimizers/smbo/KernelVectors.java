package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;

/**
 * The covariances between one point and every observation under a {@link MaternKernel}, computed
 * in loops over the observations that the JIT compiler can vectorize.
 *
 * <p>It keeps a copy of the observations dimension by dimension, numeric coordinates already
 * divided by their length scale, so the squared distances to a point take one subtraction and one
 * multiply-add per dimension and observation, and the Matern function runs in a loop of its own.
 * {@link MaternKernel#covariance} gives the same values up to rounding. Call {@link #reset} when the
 * kernel changes and {@link #sync} when observations were added.
 */
final class KernelVectors {

    private static final double SQRT5 = Math.sqrt(5);

    private MaternKernel kernel;
    private double[] scales = new double[0];
    private double[][] columns = new double[0][];
    private double[] squared = new double[0];
    private int capacity;
    private int size;

    /** Forgets the copied observations and uses {@code newKernel} from now on. */
    void reset(MaternKernel newKernel) {
        kernel = newKernel;
        size = 0;
        int active = newKernel.activeCount();
        if (scales.length != active) {
            scales = new double[active];
            columns = new double[active][capacity];
        }
        for (int a = 0; a < active; a++) {
            scales[a] = newKernel.isCategoricalActive(a) ? 1 : Math.sqrt(newKernel.inverseSquaredLength(a));
        }
    }

    /** Copies the observations of {@code data} that were added since the last call. */
    void sync(TrainingData data) {
        int n = data.size();
        if (n > capacity) {
            grow(n);
        }
        double[] x = data.normalizedPositions();
        int dimensions = data.dimensions();
        for (int a = 0; a < scales.length; a++) {
            int d = kernel.activeDimension(a);
            double[] column = columns[a];
            for (int i = size; i < n; i++) {
                column[i] = x[i * dimensions + d] * scales[a];
            }
        }
        size = n;
    }

    /**
     * Writes the covariance, without noise, between the normalized point at
     * {@code points[offset, offset + dimensions)} and each synced observation into
     * {@code target[0, n)}.
     */
    void covariances(double[] points, int offset, double[] target) {
        covariances(points, offset, target, 0);
    }

    /**
     * Writes the covariance, without noise, between the normalized point at
     * {@code points[offset, offset + dimensions)} and each synced observation into
     * {@code target[targetOffset, targetOffset + n)}.
     */
    void covariances(double[] points, int offset, double[] target, int targetOffset) {
        int n = size;
        Arrays.fill(squared, 0, n, 0);
        for (int a = 0; a < scales.length; a++) {
            double[] column = columns[a];
            double coordinate = points[offset + kernel.activeDimension(a)] * scales[a];
            if (kernel.isCategoricalActive(a)) {
                double mismatch = kernel.inverseSquaredLength(a);
                for (int i = 0; i < n; i++) {
                    squared[i] += column[i] != coordinate ? mismatch : 0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double delta = column[i] - coordinate;
                    squared[i] += delta * delta;
                }
            }
        }

        double signal = kernel.signalVariance();
        for (int i = 0; i < n; i++) {
            double scaled = SQRT5 * Math.sqrt(squared[i]);
            target[targetOffset + i] = signal * (1 + scaled + scaled * scaled / 3) * Math.exp(-scaled);
        }
    }

    private void grow(int n) {
        int larger = Math.max(n, Math.max(64, 2 * capacity));
        for (int a = 0; a < scales.length; a++) {
            columns[a] = Arrays.copyOf(columns[a], larger);
        }
        squared = new double[larger];
        capacity = larger;
    }
}
