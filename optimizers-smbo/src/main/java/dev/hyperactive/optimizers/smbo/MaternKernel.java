package dev.hyperactive.optimizers.smbo;

/**
 * A Matern 5/2 covariance plus white noise on positions normalized to [0, 1]:
 * {@code k(a, b) = s2 * (1 + sqrt(5) r + 5 r^2 / 3) * exp(-sqrt(5) r) + noise * [a == b]}, with
 * {@code r^2 = sum_d (delta_d / l_d)^2}.
 *
 * <p>{@code delta_d} is the difference of the normalized coordinates for a numeric dimension and,
 * for a categorical dimension, 1 when the categories differ and 0 otherwise (the Euclidean distance
 * of one-hot codes scaled by 1/sqrt(2)), so that the order of categories means nothing. Dimensions
 * of one value are ignored.
 *
 * <p>The hyperparameters are kept as natural logarithms, in the order length scales, signal
 * variance {@code s2}, noise variance. With at most {@value #MAX_ARD_DIMENSIONS} varying dimensions
 * each has its own length scale (automatic relevance determination). Beyond that all share one,
 * because the likelihood fit then has too many parameters for the few observations a model-based
 * search makes. Instances are immutable.
 */
final class MaternKernel {

    /** The largest number of varying dimensions that get one length scale each. */
    static final int MAX_ARD_DIMENSIONS = 10;

    static final double MIN_LENGTH_SCALE = 0.01;
    static final double MAX_LENGTH_SCALE = 100;
    static final double MIN_SIGNAL_VARIANCE = 1e-3;
    static final double MAX_SIGNAL_VARIANCE = 10;
    static final double MIN_NOISE_VARIANCE = 1e-6;
    static final double MAX_NOISE_VARIANCE = 0.5;

    private static final double SQRT5 = Math.sqrt(5);

    private final int[] active;
    private final boolean[] categorical;
    private final int lengthScaleCount;
    private final double[] logParameters;
    private final double[] inverseSquaredLengths;
    private final double signalVariance;
    private final double noiseVariance;

    private MaternKernel(int[] active, boolean[] categorical, double[] logParameters) {
        this.active = active;
        this.categorical = categorical;
        this.lengthScaleCount = logParameters.length - 2;
        this.logParameters = logParameters.clone();
        this.inverseSquaredLengths = new double[active.length];
        for (int a = 0; a < active.length; a++) {
            double length = Math.exp(logParameters[lengthScaleCount == 1 ? 0 : a]);
            inverseSquaredLengths[a] = 1 / (length * length);
        }
        this.signalVariance = Math.exp(logParameters[lengthScaleCount]);
        this.noiseVariance = Math.exp(logParameters[lengthScaleCount + 1]);
    }

    /**
     * Returns the default kernel for a space: length scales of 0.5 (times the square root of the
     * number of varying dimensions when they share one), signal variance 0.1, noise variance 1e-4.
     */
    static MaternKernel initial(int[] sizes, boolean[] categorical) {
        int[] active = activeDimensions(sizes);
        int lengthScales = lengthScaleCount(active.length);
        double[] parameters = new double[lengthScales + 2];
        double length = initialLengthScale(active.length);
        for (int i = 0; i < lengthScales; i++) {
            parameters[i] = Math.log(length);
        }
        parameters[lengthScales] = Math.log(0.1);
        parameters[lengthScales + 1] = Math.log(1e-4);
        return new MaternKernel(active, categorical.clone(), parameters);
    }

    /** Returns a kernel over the same dimensions with the given log-parameters, clipped to the bounds. */
    MaternKernel withLogParameters(double[] parameters) {
        double[] clipped = parameters.clone();
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.min(upperBound(i), Math.max(lowerBound(i), clipped[i]));
        }
        return new MaternKernel(active, categorical, clipped);
    }

    /** Returns a copy of the log-parameters: length scales, signal variance, noise variance. */
    double[] logParameters() {
        return logParameters.clone();
    }

    /** Returns the number of length scales, the first log-parameters. */
    int lengthScaleCount() {
        return lengthScaleCount;
    }

    /** Returns the logarithm of the initial length scale of {@link #initial} for this kernel's dimensions. */
    double initialLogLengthScale() {
        return Math.log(initialLengthScale(active.length));
    }

    /** Returns the number of hyperparameters. */
    int parameterCount() {
        return logParameters.length;
    }

    /** Returns the lower bound of log-parameter {@code i}. */
    double lowerBound(int i) {
        return Math.log(i < lengthScaleCount ? MIN_LENGTH_SCALE
                : i == lengthScaleCount ? MIN_SIGNAL_VARIANCE : MIN_NOISE_VARIANCE);
    }

    /** Returns the upper bound of log-parameter {@code i}. */
    double upperBound(int i) {
        return Math.log(i < lengthScaleCount ? MAX_LENGTH_SCALE
                : i == lengthScaleCount ? MAX_SIGNAL_VARIANCE : MAX_NOISE_VARIANCE);
    }

    /** Returns the signal variance, the prior variance of the modelled function. */
    double signalVariance() {
        return signalVariance;
    }

    /** Returns the white-noise variance. */
    double noiseVariance() {
        return noiseVariance;
    }

    /**
     * Returns the Matern part of the covariance, without noise, between the point at
     * {@code a[aOffset, aOffset + d)} and the point at {@code b[bOffset, bOffset + d)}, both
     * normalized.
     */
    double covariance(double[] a, int aOffset, double[] b, int bOffset) {
        double squared = 0;
        for (int i = 0; i < active.length; i++) {
            int d = active[i];
            double delta = a[aOffset + d] - b[bOffset + d];
            if (categorical[d]) {
                delta = delta == 0 ? 0 : 1;
            }
            squared += delta * delta * inverseSquaredLengths[i];
        }
        return maternOfSquared(squared);
    }

    /** Returns the number of dimensions with more than one value, the ones the kernel reads. */
    int activeCount() {
        return active.length;
    }

    /** Returns the dimension that the kernel reads as its {@code a}-th. */
    int activeDimension(int a) {
        return active[a];
    }

    /** Returns whether the kernel's {@code a}-th dimension is categorical. */
    boolean isCategoricalActive(int a) {
        return categorical[active[a]];
    }

    /** Returns {@code 1 / l^2} for the kernel's {@code a}-th dimension. */
    double inverseSquaredLength(int a) {
        return inverseSquaredLengths[a];
    }

    /** Returns the Matern 5/2 covariance at squared scaled distance {@code squared}. */
    double maternOfSquared(double squared) {
        double scaled = SQRT5 * Math.sqrt(squared);
        return signalVariance * (1 + scaled + scaled * scaled / 3) * Math.exp(-scaled);
    }

    private static int[] activeDimensions(int[] sizes) {
        int count = 0;
        for (int size : sizes) {
            count += size > 1 ? 1 : 0;
        }
        int[] active = new int[count];
        for (int d = 0, a = 0; d < sizes.length; d++) {
            if (sizes[d] > 1) {
                active[a++] = d;
            }
        }
        return active;
    }

    /** Returns 0.5, times the square root of the number of varying dimensions when they share one length scale. */
    private static double initialLengthScale(int activeCount) {
        return lengthScaleCount(activeCount) == 1 ? 0.5 * Math.sqrt(Math.max(1, activeCount)) : 0.5;
    }

    private static int lengthScaleCount(int activeCount) {
        return activeCount >= 1 && activeCount <= MAX_ARD_DIMENSIONS ? activeCount : 1;
    }
}
