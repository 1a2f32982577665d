package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerContext;
import java.util.random.RandomGenerator;

/** One run of forest optimization, as {@link ForestOptimizer} describes it. */
final class ForestRun extends ExpectedImprovementRun {

    /** The number of candidates scored per iteration before the caps. */
    static final int CANDIDATES = 1000;

    /**
     * The share of candidates that perturb the best observations: none. A tree ensemble is
     * piecewise constant and never predicts above the best observation, so expected improvement
     * rates the neighbours of the best observation highest as long as any are candidates, and the
     * run turns into a local search. On the shifted 5-D Ackley (101 values per dimension, 60
     * evaluations, ten seeded runs) the median best loss of extra trees was 20.0 with half of the
     * candidates local and 11.3 with uniform candidates only, against 18.0 for random search.
     */
    static final double LOCAL_SHARE = 0;

    /**
     * Whether a small space is scored point by point: no. On the shifted 2-D Sphere (131 values per
     * dimension, 20 evaluations, 60 seeded runs) the ratio (random - forest) /
     * (random + forest) of the mean best losses fell from -0.05 to -0.17 when every point was scored.
     */
    static final boolean SCAN_SMALL_SPACES = false;

    /** Whether the trees learn Gaussian rank scores: no, min-max normalized ones as Gradient-Free-Optimizers. */
    static final boolean RANK_TARGETS = false;

    /** The tree depth of gradient boosting when {@code max_depth} is not set, scikit-learn's default. */
    static final int BOOSTING_DEPTH = 3;

    /** The learning rate of gradient boosting, scikit-learn's default. */
    static final double LEARNING_RATE = 0.1;

    private final TreeSurrogate surrogate;
    private final PositionMatrix positions;
    private final RandomGenerator random;
    private final int dims;
    private final CandidateColumns columns = new CandidateColumns();

    ForestRun(ForestOptimizer spec, OptimizerContext context) {
        super(context, spec.settings(), CANDIDATES, LOCAL_SHARE, SCAN_SMALL_SPACES, spec.xi(), RANK_TARGETS);
        this.surrogate = surrogate(spec);
        this.dims = context.dimensionCount();
        this.positions = new PositionMatrix(dims);
        this.random = context.random();
    }

    /** Returns the unfitted surrogate that {@code spec} selects. */
    static TreeSurrogate surrogate(ForestOptimizer spec) {
        int depth = spec.maxDepth();
        switch (spec.treeRegressor()) {
            case "random_forest":
                return TreeForest.randomForest(spec.estimators(), depth > 0 ? depth : Integer.MAX_VALUE);
            case "gradient_boost":
                return new GradientBoostedTrees(spec.estimators(), depth > 0 ? depth : BOOSTING_DEPTH, LEARNING_RATE);
            default:
                return TreeForest.extraTrees(spec.estimators(), depth > 0 ? depth : Integer.MAX_VALUE);
        }
    }

    @Override
    protected boolean fitSurrogate(TrainingData data, double[] targets) {
        surrogate.fit(positions.update(data), targets, data.size(), dims, random);
        return true;
    }

    @Override
    protected void predict(Candidates candidates, double[] mean, double[] std) {
        surrogate.predictBatch(columns.of(candidates), candidates.size(), mean, std);
    }
}
