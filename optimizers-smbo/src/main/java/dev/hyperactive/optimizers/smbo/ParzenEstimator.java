package dev.hyperactive.optimizers.smbo;

import java.util.random.RandomGenerator;

/**
 * A Parzen (kernel density) estimator over positions: a mixture with one product kernel per
 * training point plus one uniform prior component, all with equal weight.
 *
 * <p><b>Numeric dimensions</b> are scaled to {@code u = index / (size - 1)} in [0, 1]. Each point
 * contributes a Gaussian at its {@code u}, truncated to {@code [-w/2, 1 + w/2]}, where {@code w} is
 * one grid step, so that the end values get the same cell width as the others. A point's bandwidth
 * is the distance to its nearest other observation, good or bad ({@link ObservationSpacing}), the
 * same in every numeric dimension, floored at the larger of one grid step and
 * {@code 1 / min(100, m + 1)} for m points and capped at 1. The width follows how densely the run
 * has sampled around a point. Kernels narrow where the observations crowd, so the samples refine
 * there, and an isolated point keeps a wide kernel. The floor is Optuna's "magic clip". It keeps
 * a small set from collapsing onto its points: with few points the kernels stay wide and the
 * samples explore, and from 99 points on they may narrow to a hundredth of the range.
 *
 * <p><b>Categorical dimensions</b> use a kernel that puts 3/4 of its mass on the point's category
 * and spreads 1/4 evenly over all categories. Dimensions of one value are ignored.
 *
 * <p><b>Prior.</b> The uniform component has the density of a uniform position; it keeps the density
 * positive everywhere and lets sampling explore: a sample comes from it with probability
 * {@code 1 / (m + 1)}.
 */
final class ParzenEstimator {

    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double OWN_CATEGORY_WEIGHT = 0.75;

    private final int[] sizes;
    private final boolean[] categorical;
    private final int dims;
    private final double[] gridStep;
    private final double logPriorDensity;

    private int pointCount;
    private int[] points = new int[0];
    private double[] centres = new double[0];
    private double[] bandwidths = new double[0];
    private double[] logNormalizers = new double[0];
    private double[] logTerms = new double[0];

    /** Creates an unfitted estimator for a space with the given dimension sizes and categorical flags. */
    ParzenEstimator(int[] sizes, boolean[] categorical) {
        this.sizes = sizes.clone();
        this.categorical = categorical.clone();
        this.dims = sizes.length;
        this.gridStep = new double[dims];
        double logPrior = 0;
        for (int d = 0; d < dims; d++) {
            if (sizes[d] == 1) {
                continue;
            }
            if (categorical[d]) {
                logPrior -= Math.log(sizes[d]);
            } else {
                gridStep[d] = 1.0 / (sizes[d] - 1.0);
                logPrior -= Math.log1p(gridStep[d]);
            }
        }
        this.logPriorDensity = logPrior;
    }

    /**
     * Fits the estimator to the observations {@code rows[0..count)} of {@code data}, with the
     * bandwidths taken from {@code spacing}, which must be up to date with {@code data}. The
     * positions are copied; work arrays are reused from the previous fit when they are large enough.
     *
     * @throws IllegalArgumentException if {@code count} is less than 1
     */
    void fit(TrainingData data, ObservationSpacing spacing, int[] rows, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a Parzen estimator needs at least one point: " + count);
        }
        pointCount = count;
        if (logNormalizers.length < count) {
            int capacity = Math.max(count, 2 * logNormalizers.length);
            points = new int[capacity * dims];
            centres = new double[capacity * dims];
            bandwidths = new double[capacity * dims];
            logNormalizers = new double[capacity];
            logTerms = new double[capacity + 1];
        }
        for (int i = 0; i < count; i++) {
            for (int d = 0; d < dims; d++) {
                int index = data.index(rows[i], d);
                points[i * dims + d] = index;
                centres[i * dims + d] = sizes[d] == 1 ? 0 : index * gridStep[d];
            }
        }

        double floor = 1.0 / Math.min(100, count + 1);
        for (int i = 0; i < count; i++) {
            double nearest = spacing.nearest(rows[i]);
            for (int d = 0; d < dims; d++) {
                boolean numeric = !categorical[d] && sizes[d] > 1;
                bandwidths[i * dims + d] = numeric ? Math.min(Math.max(nearest, Math.max(gridStep[d], floor)), 1) : 0;
            }
            logNormalizers[i] = logNormalizer(i);
        }
    }

    /** Returns the log of the constant factor of point i's kernel: Gaussian and truncation terms. */
    private double logNormalizer(int i) {
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            if (sizes[d] == 1) {
                continue;
            }
            if (categorical[d]) {
                continue;
            }
            double h = bandwidths[i * dims + d];
            double centre = centres[i * dims + d];
            double half = gridStep[d] / 2;
            double above = ExpectedImprovement.cdf((1 + half - centre) / h);
            double mass = above - ExpectedImprovement.cdf((-half - centre) / h);
            sum -= Math.log(h) + LOG_SQRT_TWO_PI + Math.log(mass);
        }
        return sum;
    }

    /**
     * Returns the log density at {@code position}.
     *
     * @throws IllegalStateException if the estimator was not fitted
     */
    double logDensity(int[] position) {
        if (pointCount == 0) {
            throw new IllegalStateException("the Parzen estimator was not fitted");
        }
        double max = logPriorDensity;
        logTerms[pointCount] = logPriorDensity;
        for (int i = 0; i < pointCount; i++) {
            double term = logKernel(i, position);
            logTerms[i] = term;
            if (term > max) {
                max = term;
            }
        }

        double sum = 0;
        for (int i = 0; i <= pointCount; i++) {
            sum += Math.exp(logTerms[i] - max);
        }
        return max + Math.log(sum) - Math.log(pointCount + 1.0);
    }

    private double logKernel(int i, int[] position) {
        int offset = i * dims;
        double squares = 0;
        double logCategorical = 0;
        for (int d = 0; d < dims; d++) {
            int size = sizes[d];
            if (size == 1) {
                continue;
            }
            if (categorical[d]) {
                double spread = (1 - OWN_CATEGORY_WEIGHT) / size;
                logCategorical += Math.log(position[d] == points[offset + d] ? OWN_CATEGORY_WEIGHT + spread : spread);
            } else {
                double z = (position[d] * gridStep[d] - centres[offset + d]) / bandwidths[offset + d];
                squares += z * z;
            }
        }
        return logNormalizers[i] - 0.5 * squares + logCategorical;
    }

    /**
     * Writes a position drawn from the mixture into {@code target}: a uniform random position with
     * probability {@code 1 / (m + 1)}, otherwise a draw from the kernel of a uniformly chosen point.
     *
     * @throws IllegalStateException if the estimator was not fitted
     */
    void sample(RandomGenerator random, int[] target) {
        if (pointCount == 0) {
            throw new IllegalStateException("the Parzen estimator was not fitted");
        }
        int component = random.nextInt(pointCount + 1);
        for (int d = 0; d < dims; d++) {
            int size = sizes[d];
            if (size == 1) {
                target[d] = 0;
            } else if (component == pointCount) {
                target[d] = random.nextInt(size);
            } else if (categorical[d]) {
                target[d] = random.nextDouble() < OWN_CATEGORY_WEIGHT
                        ? points[component * dims + d]
                        : random.nextInt(size);
            } else {
                target[d] = sampleIndex(random, centres[component * dims + d], bandwidths[component * dims + d], size,
                        gridStep[d]);
            }
        }
    }

    /** Draws from the truncated Gaussian by rejection, falling back to clipping, and rounds to the grid. */
    private static int sampleIndex(RandomGenerator random, double centre, double h, int size, double step) {
        double u = centre;
        for (int attempt = 0; attempt < 16; attempt++) {
            u = centre + h * random.nextGaussian();
            if (u >= -step / 2 && u <= 1 + step / 2) {
                break;
            }
        }
        double index = Math.rint(u * (size - 1.0));
        if (!(index > 0)) {
            return 0;
        }
        return index >= size - 1 ? size - 1 : (int) index;
    }

    /**
     * Returns the bandwidth of point {@code i} in dimension {@code d}, in scaled units; 0 for
     * categorical and one-value dimensions.
     */
    double bandwidth(int i, int d) {
        return bandwidths[i * dims + d];
    }
}
