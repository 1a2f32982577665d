package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of the ensemble optimizer, as {@link EnsembleOptimizer} describes it. */
final class EnsembleRun extends ExpectedImprovementRun {

    /** The number of candidates scored per iteration before the caps. */
    static final int CANDIDATES = 1000;

    /**
     * The share of candidates that perturb the best observations: none. The predicted standard
     * deviation is the disagreement of the two models, which is smallest next to the best
     * observation because both fit the data there. With local candidates, expected improvement kept
     * choosing them and the run turned into a local search. On the shifted 5-D Ackley (101 values per
     * dimension, 60 evaluations, ten seeded runs) the median best loss was 19.7 with half of the candidates
     * local and 13.8 with uniform candidates only, against 18.0 for random search.
     */
    static final double LOCAL_SHARE = 0;

    /**
     * Whether a small space is scored point by point: no. On the shifted 2-D Sphere and Rastrigin
     * (131 values per dimension, 20 evaluations, 60 seeded runs) the ratios
     * (random - ensemble) / (random + ensemble) of the mean best losses fell from 0.92 and 0.14 to
     * 0.74 and 0.03 when every point was scored.
     */
    static final boolean SCAN_SMALL_SPACES = false;

    /** Whether the models learn Gaussian rank scores: no, min-max normalized ones as Gradient-Free-Optimizers. */
    static final boolean RANK_TARGETS = false;

    /** The boosting stages of Gradient-Free-Optimizers' default ensemble. */
    static final int BOOSTING_STAGES = 5;

    private final GradientBoostedTrees boosting;
    private final GaussianProcess process;
    private final PositionMatrix positions;
    private final RandomGenerator random;
    private final int dims;
    private final CandidateColumns columns = new CandidateColumns();
    private double[] boostingMean = new double[0];
    private double[] boostingStd = new double[0];

    EnsembleRun(EnsembleOptimizer spec, OptimizerContext context) {
        super(context, spec.settings(), CANDIDATES, LOCAL_SHARE, SCAN_SMALL_SPACES, spec.xi(), RANK_TARGETS);
        this.dims = context.dimensionCount();
        boolean[] categorical = new boolean[dims];
        for (int d = 0; d < dims; d++) {
            categorical[d] = context.isCategorical(d);
        }
        this.random = context.random();
        this.boosting = new GradientBoostedTrees(BOOSTING_STAGES, ForestRun.BOOSTING_DEPTH, ForestRun.LEARNING_RATE);
        this.process = new GaussianProcess(context.dimensionSizes(), categorical, random);
        this.positions = new PositionMatrix(dims);
    }

    @Override
    protected boolean fitSurrogate(TrainingData data, double[] targets) {
        if (!process.fit(data, targets)) {
            return false;
        }
        boosting.fit(positions.update(data), targets, data.size(), dims, random);
        return true;
    }

    /**
     * Writes the average of the two predictions and their spread, at least
     * {@link EnsembleOptimizer#MIN_STD}. Only the Gaussian process's mean is needed, which costs
     * O(n) per candidate where its standard deviation would cost O(n^2).
     */
    @Override
    protected void predict(Candidates candidates, double[] mean, double[] std) {
        int count = candidates.size();
        if (boostingMean.length < count) {
            boostingMean = new double[count];
            boostingStd = new double[count];
        }
        process.predictMean(candidates, mean);
        boosting.predictBatch(columns.of(candidates), count, boostingMean, boostingStd);
        for (int i = 0; i < count; i++) {
            double processMean = mean[i];
            mean[i] = (processMean + boostingMean[i]) / 2;
            std[i] = Math.max(Math.abs(processMean - boostingMean[i]) / 2, EnsembleOptimizer.MIN_STD);
        }
    }
}
