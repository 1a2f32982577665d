package dev.hyperactive.optimizers.smbo;

import java.util.random.RandomGenerator;

/**
 * A Gaussian process regression model with a {@link MaternKernel} and a constant mean, fitted
 * incrementally to growing {@link TrainingData}.
 *
 * <p><b>Fitting.</b> {@link #fit(TrainingData, double[])} refits the kernel hyperparameters with
 * {@link KernelFit} when the data has grown since the last refit and has fewer than
 * {@value #REFIT_EVERY_BELOW} observations, and afterwards every {@value #REFIT_INTERVAL} new
 * observations. The first fit is cold, with two random restarts besides the initial kernel. Every
 * later one is warm: a single shorter search that starts from the current kernel, because the
 * kernel changes little between refits. Warm refits cut the likelihood evaluations of a 100-iteration
 * run in 2-D from about 6,500 to at most 2,440 with no loss of quality in the seeded runs of
 * {@code BayesianOptimizer}'s Javadoc. After a refit the Cholesky factor of the kernel matrix is
 * computed anew in O(n^3 / 3). Between refits each new observation appends a row to the factor in
 * O(n^2). The constant mean is the mean of the targets, and the weights {@code K^-1 (y - mean)} are
 * solved again on every fit in O(n^2), because the targets change whenever a new score changes the
 * ranks or the range.
 *
 * <p><b>Prediction.</b> {@link #predict(Candidates, double[], double[])} returns the posterior mean
 * and the standard deviation of the noise-free function, so that an evaluated position has little
 * uncertainty left. It works on blocks of {@value #BLOCK} candidates, with one triangular solve for
 * all of them, in O(n^2) per candidate. {@link #predictMeanAndBound} gives the mean and an upper
 * bound of the standard deviation in O(n) per candidate, and {@link #predictSelected} the exact
 * prediction of chosen candidates, so that a caller can skip the O(n^2) work for candidates that
 * cannot win (see {@link PrunedExpectedImprovement}). Covariances with the observations come from
 * {@link KernelVectors}.
 */
final class GaussianProcess {

    /** Below this many observations the hyperparameters are refitted whenever data was added. */
    static final int REFIT_EVERY_BELOW = 30;

    /** From {@value #REFIT_EVERY_BELOW} observations on, the hyperparameters are refitted after this many new ones. */
    static final int REFIT_INTERVAL = 10;

    private static final int BLOCK = 256;

    private final KernelFit kernelFit;
    private MaternKernel kernel;
    private final Cholesky factor = new Cholesky();
    private boolean fittedOnce;
    private boolean kernelFixed;
    private int fittedAt;
    private int factoredRows;
    private TrainingData data;
    private double centre;
    private double[] weights = new double[0];
    private double[] row = new double[0];
    private double[] block = new double[0];
    private final double[] variance = new double[BLOCK];
    private final KernelVectors vectors = new KernelVectors();
    private double[] covariances = new double[0];
    private final NearestVarianceBound nearestBound = new NearestVarianceBound();

    /** Creates an unfitted model whose kernel starts at {@link MaternKernel#initial}. */
    GaussianProcess(int[] sizes, boolean[] categorical, RandomGenerator random) {
        this.kernel = MaternKernel.initial(sizes, categorical);
        this.kernelFit = new KernelFit(random);
        vectors.reset(kernel);
    }

    /** Fixes the kernel: later fits keep it and never refit the hyperparameters. For tests. */
    void fixKernel(MaternKernel fixed) {
        kernel = fixed;
        vectors.reset(kernel);
        kernelFixed = true;
        factor.clear();
        factoredRows = 0;
    }

    /** Returns the current kernel. */
    MaternKernel kernel() {
        return kernel;
    }

    /**
     * Fits the model to the first {@code data.size()} entries of {@code targets}.
     *
     * @return false if the kernel matrix is not positive definite even with the largest noise
     */
    boolean fit(TrainingData data, double[] targets) {
        this.data = data;
        int n = data.size();

        centre = 0;
        for (int i = 0; i < n; i++) {
            centre += targets[i];
        }
        centre /= n;

        if (refitDue(n)) {
            kernel = kernelFit.fit(kernel, data, targets, centre, fittedOnce);
            vectors.reset(kernel);
            fittedOnce = true;
            fittedAt = n;
            factoredRows = 0;
            factor.clear();
        }
        if (!extendFactor(data)) {
            return false;
        }
        vectors.sync(data);
        if (covariances.length < n) {
            covariances = new double[Math.max(n, 2 * covariances.length)];
        }

        if (weights.length < n) {
            weights = new double[Math.max(n, 2 * weights.length)];
        }
        for (int i = 0; i < n; i++) {
            weights[i] = targets[i] - centre;
        }
        factor.solve(weights);
        return true;
    }

    /**
     * Writes the posterior mean and standard deviation of each candidate into {@code mean} and
     * {@code std}. Requires a successful {@link #fit}.
     */
    void predict(Candidates candidates, double[] mean, double[] std) {
        int n = factor.size();
        int count = candidates.size();
        if (block.length < n * BLOCK) {
            block = new double[n * BLOCK];
        }
        for (int start = 0; start < count; start += BLOCK) {
            predictBlock(candidates, null, start, Math.min(BLOCK, count - start), mean, std);
        }
    }

    /**
     * Returns the posterior mean and standard deviation at one normalized point; for tests and
     * diagnostics.
     */
    double[] predictAt(double[] point) {
        int n = factor.size();
        double[] x = data.normalizedPositions();
        double[] k = new double[n];
        double mean = centre;
        for (int i = 0; i < n; i++) {
            k[i] = kernel.covariance(x, i * data.dimensions(), point, 0);
            mean += k[i] * weights[i];
        }
        factor.solveLower(k);
        double variance = kernel.signalVariance();
        for (int i = 0; i < n; i++) {
            variance -= k[i] * k[i];
        }
        return new double[] {mean, Math.sqrt(Math.max(variance, 0))};
    }

    private boolean refitDue(int n) {
        if (kernelFixed) {
            return false;
        }
        if (!fittedOnce) {
            return true;
        }
        return n < REFIT_EVERY_BELOW ? n != fittedAt : n >= fittedAt + REFIT_INTERVAL;
    }

    /**
     * Appends the rows of new observations to the factor. If that fails, it factors the whole
     * matrix again, raising the noise variance tenfold per try up to its bound.
     */
    private boolean extendFactor(TrainingData data) {
        int n = data.size();
        while (factoredRows < n) {
            if (!factor.append(kernelRow(data, factoredRows))) {
                return refactorWithMoreNoise(data);
            }
            factoredRows++;
        }
        return true;
    }

    private boolean refactorWithMoreNoise(TrainingData data) {
        int n = data.size();
        double[] parameters = kernel.logParameters();
        int noise = parameters.length - 1;
        while (parameters[noise] < kernel.upperBound(noise)) {
            parameters[noise] = Math.min(kernel.upperBound(noise), parameters[noise] + Math.log(10));
            kernel = kernel.withLogParameters(parameters);
            vectors.reset(kernel);
            factor.clear();
            factoredRows = 0;
            while (factoredRows < n && factor.append(kernelRow(data, factoredRows))) {
                factoredRows++;
            }
            if (factoredRows == n) {
                return true;
            }
        }
        factoredRows = 0;
        factor.clear();
        return false;
    }

    /** Returns row {@code i} of the kernel matrix up to and including the diagonal, in a reused array. */
    private double[] kernelRow(TrainingData data, int i) {
        if (row.length < i + 1) {
            row = new double[Math.max(i + 1, 2 * row.length)];
        }
        double[] x = data.normalizedPositions();
        int d = data.dimensions();
        for (int j = 0; j < i; j++) {
            row[j] = kernel.covariance(x, i * d, x, j * d);
        }
        row[i] = kernel.signalVariance() + kernel.noiseVariance();
        return row;
    }

    /**
     * Writes the posterior mean of the candidates {@code selected[0, count)} into {@code mean} and
     * an upper bound of their standard deviation into {@code stdBound}, at those candidates'
     * indices, in O(n) per candidate instead of the O(n^2) of
     * {@link #predict}. The bound is the standard deviation given only the few observations with
     * the largest covariance ({@link NearestVarianceBound}): more observations never raise the
     * posterior variance. The means equal those of {@link #predict} exactly. Requires a successful
     * {@link #fit}.
     */
    void predictMeanAndBound(Candidates candidates, int[] selected, int count, double[] mean, double[] stdBound) {
        int n = factor.size();
        int d = candidates.dimensions();
        double[] points = candidates.normalizedPositions();
        double[] x = data.normalizedPositions();

        for (int s = 0; s < count; s++) {
            int c = selected[s];
            vectors.covariances(points, c * d, covariances);
            double sum = centre;
            for (int i = 0; i < n; i++) {
                sum += covariances[i] * weights[i];
            }
            mean[c] = sum;
            stdBound[c] = Math.sqrt(nearestBound.variance(kernel, x, d, covariances, n));
        }
    }

    /**
     * Writes the posterior mean and standard deviation of the candidates {@code selected[0, count)}
     * into {@code mean} and {@code std} at those candidates' indices, with the same values
     * {@link #predict} writes. Requires a successful {@link #fit}.
     */
    void predictSelected(Candidates candidates, int[] selected, int count, double[] mean, double[] std) {
        int n = factor.size();
        if (block.length < n * BLOCK) {
            block = new double[n * BLOCK];
        }
        for (int start = 0; start < count; start += BLOCK) {
            predictBlock(candidates, selected, start, Math.min(BLOCK, count - start), mean, std);
        }
    }

    /**
     * Predicts {@code m} candidates: those at {@code selected[start, start + m)}, or those at
     * {@code [start, start + m)} when {@code selected} is null.
     */
    private void predictBlock(Candidates candidates, int[] selected, int start, int m, double[] mean, double[] std) {
        int n = factor.size();
        double[] points = candidates.normalizedPositions();
        int d = candidates.dimensions();

        for (int c = 0; c < m; c++) {
            int candidate = candidate(selected, start + c);
            vectors.covariances(points, candidate * d, covariances);
            double sum = centre;
            for (int i = 0; i < n; i++) {
                double k = covariances[i];
                block[i * m + c] = k;
                sum += k * weights[i];
            }
            mean[candidate] = sum;
        }

        factor.solveLowerColumns(block, m);
        double signal = kernel.signalVariance();
        java.util.Arrays.fill(variance, 0, m, signal);
        for (int i = 0; i < n; i++) {
            int offset = i * m;
            for (int c = 0; c < m; c++) {
                double v = block[offset + c];
                variance[c] -= v * v;
            }
        }
        for (int c = 0; c < m; c++) {
            std[candidate(selected, start + c)] = Math.sqrt(Math.max(variance[c], 0));
        }
    }

    private static int candidate(int[] selected, int i) {
        return selected == null ? i : selected[i];
    }
}
