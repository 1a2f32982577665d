package dev.hyperactive.optimizers.smbo;

import java.util.random.RandomGenerator;

/**
 * A Gaussian process regression model with a {@link MaternKernel} and a constant mean, fitted
 * incrementally to growing {@link TrainingData}.
 *
 * <p><b>Fitting.</b> {@link #fit(TrainingData, double[])} refits the kernel hyperparameters with
 * {@link KernelFit} when the data has grown since the last refit and has fewer than
 * {@value #REFIT_EVERY_BELOW} observations, and afterwards every {@value #REFIT_INTERVAL} new
 * observations (the first fit makes two random restarts, later ones one). After a refit the
 * Cholesky factor of the kernel matrix is computed anew in O(n^3 / 3). Between refits each new
 * observation appends a row to the factor in O(n^2). The constant mean is the mean of the targets,
 * and the weights {@code K^-1 (y - mean)} are solved again on every fit in O(n^2), because the
 * targets are min-max normalized scores that change when a new best or worst arrives.
 *
 * <p><b>Prediction.</b> {@link #predict(Candidates, double[], double[])} returns the posterior mean
 * and the standard deviation of the noise-free function, so that an evaluated position has little
 * uncertainty left. It works on blocks of {@value #BLOCK} candidates, with one triangular solve for
 * all of them, in O(n^2) per candidate.
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

    /** Creates an unfitted model whose kernel starts at {@link MaternKernel#initial}. */
    GaussianProcess(int[] sizes, boolean[] categorical, RandomGenerator random) {
        this.kernel = MaternKernel.initial(sizes, categorical);
        this.kernelFit = new KernelFit(random);
    }

    /** Fixes the kernel: later fits keep it and never refit the hyperparameters. For tests. */
    void fixKernel(MaternKernel fixed) {
        kernel = fixed;
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
            kernel = kernelFit.fit(kernel, data, targets, centre, fittedOnce ? 1 : 2);
            fittedOnce = true;
            fittedAt = n;
            factoredRows = 0;
            factor.clear();
        }
        if (!extendFactor(data)) {
            return false;
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
            predictBlock(candidates, start, Math.min(BLOCK, count - start), mean, std);
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

    private void predictBlock(Candidates candidates, int start, int m, double[] mean, double[] std) {
        int n = factor.size();
        double[] x = data.normalizedPositions();
        double[] points = candidates.normalizedPositions();
        int d = candidates.dimensions();

        for (int c = 0; c < m; c++) {
            mean[start + c] = centre;
        }
        for (int i = 0; i < n; i++) {
            int offset = i * m;
            double weight = weights[i];
            for (int c = 0; c < m; c++) {
                double k = kernel.covariance(x, i * d, points, (start + c) * d);
                block[offset + c] = k;
                mean[start + c] += k * weight;
            }
        }

        factor.solveLowerColumns(block, m);
        double signal = kernel.signalVariance();
        for (int c = 0; c < m; c++) {
            std[start + c] = signal;
        }
        for (int i = 0; i < n; i++) {
            int offset = i * m;
            for (int c = 0; c < m; c++) {
                double v = block[offset + c];
                std[start + c] -= v * v;
            }
        }
        for (int c = 0; c < m; c++) {
            std[start + c] = Math.sqrt(Math.max(std[start + c], 0));
        }
    }
}
