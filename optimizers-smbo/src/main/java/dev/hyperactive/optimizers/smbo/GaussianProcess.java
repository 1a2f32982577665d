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
 * all of them, in O(n^2) per candidate. {@link #predictMean} gives the mean alone in O(n). So that
 * a caller can skip the O(n^2) work for candidates that cannot win (see
 * {@link PrunedExpectedImprovement}), it also works on covariance rows the caller keeps:
 * {@link #covariances} computes one, {@link #mean} the exact mean from it, {@link #varianceBound}
 * an upper bound of the variance in O(n) per observation it uses, and {@link #predictStd} the exact
 * standard deviation of chosen rows. The bounds read the inverse of the kernel matrix
 * ({@link KernelInverse}), which {@link #prepareBounds} grows by one row per new observation in
 * O(n^2) and computes anew after a refit. Covariances with the observations come from
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
    private double[][] block = new double[0][];
    private final double[] variance = new double[BLOCK];
    private final KernelVectors vectors = new KernelVectors();
    private double[] covariances = new double[0];
    private final NearestVarianceBound nearestBound = new NearestVarianceBound();
    private final KernelInverse inverse = new KernelInverse();
    private boolean inverseFailed;

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
        clearFactor();
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
            clearFactor();
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
        ensureBlock(n);
        for (int start = 0; start < count; start += BLOCK) {
            predictBlock(candidates, start, Math.min(BLOCK, count - start), mean, std);
        }
    }

    /**
     * Writes the posterior mean of each candidate into {@code mean}, the same values as
     * {@link #predict}, in O(n) per candidate instead of O(n^2). Requires a successful {@link #fit}.
     */
    void predictMean(Candidates candidates, double[] mean) {
        for (int c = 0; c < candidates.size(); c++) {
            covariances(candidates, c, covariances, 0);
            mean[c] = mean(covariances, 0);
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
            clearFactor();
            while (factoredRows < n && factor.append(kernelRow(data, factoredRows))) {
                factoredRows++;
            }
            if (factoredRows == n) {
                return true;
            }
        }
        clearFactor();
        return false;
    }

    /** Empties the factor and the inverse of the kernel matrix, as after a change of the kernel. */
    private void clearFactor() {
        factor.clear();
        factoredRows = 0;
        inverse.clear();
        inverseFailed = false;
    }

    /**
     * Appends the rows of the observations added since the last call to the inverse of the kernel
     * matrix. If an append fails, which rounding can cause where the factorization just succeeded,
     * the bounds fall back to the prior variance until the factor is computed anew.
     */
    private void extendInverse(int n) {
        while (!inverseFailed && inverse.size() < n) {
            inverseFailed = !inverse.append(kernelRow(data, inverse.size()));
        }
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

    /** Returns the number of observations of the last successful {@link #fit}. */
    int size() {
        return factor.size();
    }

    /**
     * Writes the covariances, without noise, between candidate {@code c} and every observation into
     * {@code target[offset, offset + size())}. Requires a successful {@link #fit}.
     */
    void covariances(Candidates candidates, int c, double[] target, int offset) {
        vectors.covariances(candidates.normalizedPositions(), c * candidates.dimensions(), target, offset);
    }

    /**
     * Returns the posterior mean at a point whose covariances with the observations are
     * {@code k[offset, offset + size())}, the same value as {@link #predict} gives.
     */
    double mean(double[] k, int offset) {
        int n = factor.size();
        double sum = centre;
        for (int i = 0; i < n; i++) {
            sum += k[offset + i] * weights[i];
        }
        return sum;
    }

    /**
     * Prepares {@link #varianceBound} for the current fit: brings the inverse of the kernel matrix up
     * to date, in O(n^2) per observation added since the last call.
     */
    void prepareBounds() {
        extendInverse(factor.size());
    }

    /**
     * Returns an upper bound of the posterior variance at a point whose covariances with the
     * observations are {@code k[offset, offset + size())}, from its {@code nearest} nearest
     * observations, in O(n) per observation used (see {@link NearestVarianceBound}). At most
     * {@value NearestVarianceBound#NEAREST} are used.
     * Requires a successful {@link #fit} and {@link #prepareBounds} after it.
     */
    double varianceBound(double[] k, int offset, int nearest) {
        int n = factor.size();
        if (inverseFailed) {
            return kernel.signalVariance();
        }
        return nearestBound.variance(kernel, k, offset, n, inverse, nearest);
    }

    /**
     * Writes the posterior mean of the candidates {@code selected[0, count)} into {@code mean} and
     * an upper bound of their standard deviation into {@code stdBound}, at those candidates'
     * indices, in O(n) per candidate (see {@link #varianceBound}). For tests.
     */
    void predictMeanAndBound(Candidates candidates, int[] selected, int count, double[] mean, double[] stdBound) {
        prepareBounds();
        for (int s = 0; s < count; s++) {
            int c = selected[s];
            covariances(candidates, c, covariances, 0);
            mean[c] = mean(covariances, 0);
            stdBound[c] = Math.sqrt(varianceBound(covariances, 0, NearestVarianceBound.NEAREST));
        }
    }

    /**
     * Writes the posterior standard deviation of the candidates {@code selected[0, m)}, whose
     * covariances with the observations are {@code rows[c * size(), (c + 1) * size())} for
     * candidate {@code c}, into {@code std} at those candidates' indices, with the same values
     * {@link #predict} writes. Requires a successful {@link #fit}.
     */
    void predictStd(double[] rows, int[] selected, int m, double[] std) {
        int n = factor.size();
        ensureBlock(n);
        for (int start = 0; start < m; start += BLOCK) {
            int width = Math.min(BLOCK, m - start);
            for (int c = 0; c < width; c++) {
                int offset = selected[start + c] * n;
                for (int i = 0; i < n; i++) {
                    block[i][c] = rows[offset + i];
                }
            }
            posteriorVariances(width);
            for (int c = 0; c < width; c++) {
                std[selected[start + c]] = Math.sqrt(Math.max(variance[c], 0));
            }
        }
    }

    /** Predicts the {@code m} candidates at {@code [start, start + m)}. */
    private void predictBlock(Candidates candidates, int start, int m, double[] mean, double[] std) {
        int n = factor.size();
        double[] points = candidates.normalizedPositions();
        int d = candidates.dimensions();

        for (int c = 0; c < m; c++) {
            vectors.covariances(points, (start + c) * d, covariances);
            double sum = centre;
            for (int i = 0; i < n; i++) {
                double k = covariances[i];
                block[i][c] = k;
                sum += k * weights[i];
            }
            mean[start + c] = sum;
        }

        posteriorVariances(m);
        for (int c = 0; c < m; c++) {
            std[start + c] = Math.sqrt(Math.max(variance[c], 0));
        }
    }

    /**
     * Turns the covariances of {@code m} points with the observations, in {@code block} with
     * observation {@code i} at {@code block[i][0, m)}, into their posterior variances in
     * {@code variance[0, m)}.
     */
    private void posteriorVariances(int m) {
        int n = factor.size();
        factor.solveLowerColumns(block, m);
        double signal = kernel.signalVariance();
        java.util.Arrays.fill(variance, 0, m, signal);
        for (int i = 0; i < n; i++) {
            double[] row = block[i];
            for (int c = 0; c < m; c++) {
                variance[c] -= row[c] * row[c];
            }
        }
    }

    /** Makes room in {@link #block} for the covariances of {@value #BLOCK} points with n observations. */
    private void ensureBlock(int n) {
        if (block.length < n) {
            block = new double[Math.max(n, 2 * block.length)][BLOCK];
        }
    }
}
