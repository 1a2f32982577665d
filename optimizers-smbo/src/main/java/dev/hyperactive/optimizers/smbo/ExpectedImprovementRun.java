package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerContext;

/**
 * A model-based run whose surrogate predicts a mean and a standard deviation per candidate, rated
 * by expected improvement as Gradient-Free-Optimizers rates them.
 *
 * <p>The surrogate learns transformed scores: min-max normalized to [0, 1] as in
 * Gradient-Free-Optimizers, so that the best observation has 1 and the improvement of a candidate is
 * {@code mean - 1 - xi}, or Gaussian rank scores, where the improvement is {@code mean - best - xi}
 * with {@code best} the highest rank score. Candidates are compared by the logarithm
 * of the expected improvement (see {@link ExpectedImprovement#logValue}), which keeps far-off
 * candidates apart where the value itself would underflow to 0 for all of them.
 */
abstract class ExpectedImprovementRun extends SmboRun {

    private final double xi;
    private final boolean rankTargets;
    private double bestTarget = 1;
    private double[] targets = new double[0];
    private double[] mean = new double[0];
    private double[] std = new double[0];

    /**
     * Creates a run; see {@link SmboRun#SmboRun(OptimizerContext, SmboSettings, int, double, boolean)}.
     *
     * @param xi the exploration margin of the expected improvement, in units of the targets
     * @param rankTargets whether the surrogate learns Gaussian rank scores instead of min-max
     *     normalized ones; see {@link TrainingData#gaussianRankScores(double[])}
     */
    protected ExpectedImprovementRun(OptimizerContext context, SmboSettings settings, int preferredCount,
            double localShare, boolean scanSmallSpaces, double xi, boolean rankTargets) {
        super(context, settings, preferredCount, localShare, scanSmallSpaces);
        this.xi = xi;
        this.rankTargets = rankTargets;
    }

    /**
     * Fits the surrogate to the transformed scores {@code targets[0, data.size())} of {@code data}.
     *
     * @return false if the surrogate cannot be fitted
     */
    protected abstract boolean fitSurrogate(TrainingData data, double[] targets);

    /**
     * Writes the predicted mean and standard deviation of each candidate into
     * {@code mean[0, candidates.size())} and {@code std[0, candidates.size())}, in normalized
     * score units.
     */
    protected abstract void predict(Candidates candidates, double[] mean, double[] std);

    @Override
    protected final boolean fit(TrainingData data) {
        if (targets.length < data.size()) {
            targets = new double[Math.max(data.size(), 2 * targets.length)];
        }
        if (rankTargets) {
            bestTarget = data.gaussianRankScores(targets);
        } else {
            data.normalizedScores(targets);
            bestTarget = 1;
        }
        return fitSurrogate(data, targets);
    }

    @Override
    protected final void score(Candidates candidates, double[] acquisition) {
        rate(candidates, acquisition, bestTarget, xi);
    }

    /**
     * Writes the logarithm of the expected improvement over {@code best} with margin {@code xi} of
     * each candidate into {@code acquisition[0, candidates.size())}. The default predicts every
     * candidate with {@link #predict} and rates it with {@link ExpectedImprovement#logValue}; a
     * subclass may skip the exact prediction of candidates that cannot be the highest, as long as it
     * rates them below the highest.
     */
    protected void rate(Candidates candidates, double[] acquisition, double best, double xi) {
        int count = candidates.size();
        if (mean.length < count) {
            mean = new double[count];
            std = new double[count];
        }
        predict(candidates, mean, std);
        for (int i = 0; i < count; i++) {
            acquisition[i] = ExpectedImprovement.logValue(mean[i], std[i], best, xi);
        }
    }
}
