package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerContext;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One run of tree-structured Parzen estimators, following {@link TreeStructuredParzenEstimators}.
 *
 * <p>The training data, warm start, replacement, exhaustion and random fallback are those of
 * {@link SmboRun}. Each proposal brings the {@link ObservationSpacing} up to date, fits a good and
 * a bad {@link ParzenEstimator} with bandwidths from it, draws its candidates from the good density
 * instead of the shared sampler, and rates them by the log density ratio. It never scans the whole
 * space, however small.
 */
final class TpeRun extends SmboRun {

    private final double gamma;
    private final RandomGenerator random;
    private final ParzenEstimator good;
    private final ParzenEstimator bad;
    private final ObservationSpacing spacing;
    private int[] goodRows = new int[64];
    private int[] badRows = new int[64];
    private double[] sortedScores = new double[64];

    TpeRun(TreeStructuredParzenEstimators spec, OptimizerContext context) {
        super(context, spec.settings(), TreeStructuredParzenEstimators.CANDIDATES, 0, false);
        int[] sizes = context.dimensionSizes();
        boolean[] categorical = new boolean[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            categorical[d] = context.isCategorical(d);
        }
        this.gamma = spec.gamma();
        this.random = context.random();
        this.good = new ParzenEstimator(sizes, categorical);
        this.bad = new ParzenEstimator(sizes, categorical);
        this.spacing = new ObservationSpacing(sizes, categorical);
    }

    @Override
    protected boolean fit(TrainingData data) {
        spacing.update(data);
        int goodCount = splitObservations(data);
        good.fit(data, spacing, goodRows, goodCount);
        bad.fit(data, spacing, badRows, data.size() - goodCount);
        return true;
    }

    /** Draws {@link #candidateCount()} candidates from the good density, skipping unacceptable ones. */
    @Override
    protected void fillCandidates(Candidates batch, TrainingData data) {
        batch.clear();
        for (int i = 0; i < candidateCount(); i++) {
            int[] target = batch.next();
            for (int attempt = 0; attempt < CandidateSampler.TRIES; attempt++) {
                good.sample(random, target);
                if (isAcceptable(target)) {
                    batch.commit();
                    break;
                }
            }
        }
    }

    @Override
    protected void score(Candidates candidates, double[] acquisition) {
        for (int i = 0; i < candidates.size(); i++) {
            int[] position = candidates.position(i);
            acquisition[i] = good.logDensity(position) - bad.logDensity(position);
        }
    }

    /**
     * Puts the best {@code max(round(n * gamma), 1)} observations (at most n - 1) into
     * {@link #goodRows} and the others into {@link #badRows}, and returns the good count. Among equal
     * scores at the boundary the earlier observations are the good ones.
     */
    private int splitObservations(TrainingData data) {
        int n = data.size();
        if (goodRows.length < n) {
            goodRows = new int[2 * n];
            badRows = new int[2 * n];
            sortedScores = new double[2 * n];
        }
        int goodCount = (int) Math.min(Math.max(Math.round(n * gamma), 1), n - 1);

        double[] scores = data.scores();
        System.arraycopy(scores, 0, sortedScores, 0, n);
        Arrays.sort(sortedScores, 0, n);
        double threshold = sortedScores[n - goodCount];
        int above = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] > threshold) {
                above++;
            }
        }

        int tiesLeft = goodCount - above;
        int g = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            double score = scores[i];
            if (score > threshold || (score == threshold && tiesLeft-- > 0)) {
                goodRows[g++] = i;
            } else {
                badRows[b++] = i;
            }
        }
        return g;
    }
}
