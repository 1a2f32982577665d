package dev.hyperactive.optimizers.population;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The search distribution of CMA-ES and its update: the mean, the step size, the covariance matrix
 * with its eigendecomposition, the two evolution paths and the strategy constants, with the
 * formulas {@link CmaEsOptimizer} lists.
 *
 * <p>{@link #sample(RandomGenerator, double[])} draws one point in {@code O(n^2)} without
 * allocating. {@link #update(double[][], int[])} moves the distribution after a generation and
 * decomposes the covariance matrix once. Not thread-safe.
 */
final class CmaEsDistribution {

    /** The condition number of C above which it is reset to the identity. */
    static final double MAX_CONDITION = 1e14;

    static final double MIN_SIGMA = 1e-20;
    static final double MAX_SIGMA = 10;

    private final int n;
    private final double chiN;
    private final double[] mean;
    private double sigma;
    private final double[][] covariance;
    private final double[][] basis;
    private final double[] scales;
    private final double[] sigmaPath;
    private final double[] covariancePath;
    private final SymmetricEigen eigen;
    private int generation;
    private int resets;

    private int lambda;
    private int mu;
    private double[] weights;
    private double weightSum;
    private double[][] deviations = new double[0][];
    private double[] effectiveWeights = new double[0];
    private double muEff;
    private double cSigma;
    private double dSigma;
    private double cC;
    private double c1;
    private double cMu;

    private final double[] z;
    private final double[] oldMean;
    private final double[] step;
    private final double[] whitened;
    private final double[] rotated;

    /** Creates the distribution in {@code n} dimensions, at least 1; call {@link #restart} before use. */
    CmaEsDistribution(int n) {
        this.n = n;
        this.chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        this.mean = new double[n];
        this.covariance = new double[n][n];
        this.basis = new double[n][n];
        this.scales = new double[n];
        this.sigmaPath = new double[n];
        this.covariancePath = new double[n];
        this.eigen = new SymmetricEigen(n);
        this.z = new double[n];
        this.oldMean = new double[n];
        this.step = new double[n];
        this.whitened = new double[n];
        this.rotated = new double[n];
    }

    /**
     * Starts over at {@code start} with step size {@code initialSigma}, {@code C = I}, zero paths and
     * the constants of a population of {@code lambda} with {@code mu} parents.
     */
    void restart(double[] start, double initialSigma, int lambda, int mu) {
        System.arraycopy(start, 0, mean, 0, n);
        sigma = initialSigma;
        resetCovariance();
        Arrays.fill(sigmaPath, 0);
        generation = 0;
        setConstants(lambda, mu);
        if (deviations.length != lambda) {
            deviations = new double[lambda][n];
            effectiveWeights = new double[lambda];
        }
    }

    /** Writes one sample {@code mean + sigma * B D z} into {@code target}. */
    void sample(RandomGenerator random, double[] target) {
        for (int k = 0; k < n; k++) {
            z[k] = scales[k] * random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = basis[i];
            for (int k = 0; k < n; k++) {
                sum += row[k] * z[k];
            }
            target[i] = mean[i] + sigma * sum;
        }
    }

    /**
     * Moves the distribution after one generation.
     *
     * @param samples the generation's samples, at least {@code lambda} rows
     * @param order the indices of all {@code lambda} samples from best to worst
     */
    void update(double[][] samples, int[] order) {
        System.arraycopy(mean, 0, oldMean, 0, n);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < mu; j++) {
                sum += weights[j] * samples[order[j]][i];
            }
            mean[i] = sum;
            step[i] = (sum - oldMean[i]) / sigma;
        }

        double sigmaPathNorm = updateSigmaPath();
        generation++;
        double correction = Math.sqrt(1 - Math.pow(1 - cSigma, 2.0 * generation));
        boolean stalled = sigmaPathNorm / correction >= (1.4 + 2.0 / (n + 1)) * chiN;
        double pathWeight = stalled ? 0 : Math.sqrt(cC * (2 - cC) * muEff);
        for (int i = 0; i < n; i++) {
            covariancePath[i] = (1 - cC) * covariancePath[i] + pathWeight * step[i];
        }

        updateCovariance(samples, order, stalled);
        sigma *= Math.exp((cSigma / dSigma) * (sigmaPathNorm / chiN - 1));
        if (!(sigma >= MIN_SIGMA)) {
            sigma = MIN_SIGMA;
        } else if (sigma > MAX_SIGMA) {
            sigma = MAX_SIGMA;
        }
        decompose();
    }

    /** Returns the current mean; the array is the distribution's own. */
    double[] mean() {
        return mean;
    }

    /** Returns the current step size. */
    double sigma() {
        return sigma;
    }

    /** Returns the number of generations since the last restart. */
    int generation() {
        return generation;
    }

    /** Returns how often C was reset because it was ill-conditioned. */
    int covarianceResets() {
        return resets;
    }

    /** Returns the covariance matrix C; the array is the distribution's own. Used by tests. */
    double[][] covariance() {
        return covariance;
    }

    /** Returns the constants {@code [mu_eff, c_sigma, d_sigma, c_c, c_1, c_mu, chi_n]}. Used by tests. */
    double[] constants() {
        return new double[] {muEff, cSigma, dSigma, cC, c1, cMu, chiN};
    }

    /** Returns the recombination weights; the array is the distribution's own. Used by tests. */
    double[] weights() {
        return weights;
    }

    /**
     * Sets the weights and constants of a population of {@code lambda} with {@code mu} parents. The
     * raw weights {@code ln(mu + 1/2) - ln i} are positive for the {@code mu} best samples and
     * negative for the others; the positive ones are scaled to sum 1 and the negative ones to sum
     * {@code -min(alpha_mu, alpha_mu_eff, alpha_posdef)}.
     */
    private void setConstants(int lambda, int mu) {
        this.lambda = lambda;
        this.mu = mu;
        weights = new double[lambda];
        double positiveSum = 0;
        double positiveSquares = 0;
        double negativeSum = 0;
        double negativeSquares = 0;
        for (int i = 0; i < lambda; i++) {
            weights[i] = Math.log(mu + 0.5) - Math.log(i + 1);
            if (i < mu) {
                positiveSum += weights[i];
                positiveSquares += weights[i] * weights[i];
            } else {
                negativeSum -= weights[i];
                negativeSquares += weights[i] * weights[i];
            }
        }
        muEff = positiveSum * positiveSum / positiveSquares;
        double muEffNegative = negativeSquares == 0 ? 0 : negativeSum * negativeSum / negativeSquares;

        cSigma = (muEff + 2) / (n + muEff + 5);
        dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
        cC = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
        c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
        cMu = Math.min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));

        double alphaMu = 1 + c1 / cMu;
        double alphaMuEff = 1 + 2 * muEffNegative / (muEff + 2);
        double alphaPosdef = (1 - c1 - cMu) / (n * cMu);
        double negativeScale = Math.min(alphaMu, Math.min(alphaMuEff, alphaPosdef));
        weightSum = 0;
        for (int i = 0; i < lambda; i++) {
            weights[i] /= i < mu ? positiveSum : negativeSum / negativeScale;
            weightSum += weights[i];
        }
    }

    /** Updates {@code p_sigma} with {@code C^(-1/2) step} and returns its norm. */
    private double updateSigmaPath() {
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += basis[i][k] * step[i];
            }
            rotated[k] = sum / scales[k];
        }
        double weight = Math.sqrt(cSigma * (2 - cSigma) * muEff);
        double squaredNorm = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = basis[i];
            for (int k = 0; k < n; k++) {
                sum += row[k] * rotated[k];
            }
            whitened[i] = sum;
            sigmaPath[i] = (1 - cSigma) * sigmaPath[i] + weight * whitened[i];
            squaredNorm += sigmaPath[i] * sigmaPath[i];
        }
        return Math.sqrt(squaredNorm);
    }

    /**
     * Applies {@code C = (1 - c_1 - c_mu sum(w) + c_1 delta) C + c_1 p_c p_c^T + c_mu sum(w_i' y_i y_i^T)}
     * over all samples, with {@code delta = c_c (2 - c_c)} when {@code h_sigma} is 0 and 0
     * otherwise, and {@code w_i' = w_i n / |C^(-1/2) y_i|^2} for the negative weights, which keeps C
     * positive definite. Only the upper triangle is computed, then mirrored.
     */
    private void updateCovariance(double[][] samples, int[] order, boolean stalled) {
        double delta = stalled ? cC * (2 - cC) : 0;
        double keep = 1 - c1 - cMu * weightSum + c1 * delta;
        double invSigma = 1 / sigma;
        for (int s = 0; s < lambda; s++) {
            double[] x = samples[order[s]];
            double[] y = deviations[s];
            for (int i = 0; i < n; i++) {
                y[i] = (x[i] - oldMean[i]) * invSigma;
            }
            effectiveWeights[s] = weights[s] >= 0 ? weights[s] : weights[s] * n / whitenedSquaredNorm(y);
        }

        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double rankMu = 0;
                for (int s = 0; s < lambda; s++) {
                    rankMu += effectiveWeights[s] * deviations[s][i] * deviations[s][j];
                }
                double value = keep * covariance[i][j] + c1 * covariancePath[i] * covariancePath[j] + cMu * rankMu;
                covariance[i][j] = value;
                covariance[j][i] = value;
            }
        }
    }

    /** Returns {@code |C^(-1/2) y|^2 = sum_k ((B^T y)_k / D_k)^2}, at least a tiny positive number. */
    private double whitenedSquaredNorm(double[] y) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double projection = 0;
            for (int i = 0; i < n; i++) {
                projection += basis[i][k] * y[i];
            }
            double scaled = projection / scales[k];
            sum += scaled * scaled;
        }
        return Math.max(sum, Double.MIN_NORMAL);
    }

    /** Decomposes C into {@code B diag(D^2) B^T}, resetting it when it is not well-conditioned. */
    private void decompose() {
        eigen.decompose(covariance);
        double[] values = eigen.values();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (!(min > 0) || !(max / min <= MAX_CONDITION) || !Double.isFinite(max)) {
            resets++;
            resetCovariance();
            return;
        }

        double[][] vectors = eigen.vectors();
        for (int i = 0; i < n; i++) {
            System.arraycopy(vectors[i], 0, basis[i], 0, n);
            scales[i] = Math.sqrt(values[i]);
        }
    }

    private void resetCovariance() {
        for (int i = 0; i < n; i++) {
            Arrays.fill(covariance[i], 0);
            Arrays.fill(basis[i], 0);
            covariance[i][i] = 1;
            basis[i][i] = 1;
            scales[i] = 1;
        }
        Arrays.fill(covariancePath, 0);
    }

    /** Returns the population this distribution's constants were set for. */
    int lambda() {
        return lambda;
    }
}
