package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerContext;

/** One run of Bayesian optimization, as {@link BayesianOptimizer} describes it. */
final class BayesianRun extends ExpectedImprovementRun {

    /** The number of candidates scored per iteration before the caps. */
    static final int CANDIDATES = 1000;

    /** The share of candidates that perturb the best observations. */
    static final double LOCAL_SHARE = 0.5;

    /**
     * Whether a small space is scored point by point: yes. On the shifted 2-D Rastrigin (131 values
     * per dimension, 20 evaluations, 60 seeded runs) the ratio (random - bayesian)
     * / (random + bayesian) of the mean best losses was 0.31 with the whole space scored and 0.25
     * with 1,000 sampled candidates.
     */
    static final boolean SCAN_SMALL_SPACES = true;

    /**
     * Whether the Gaussian process learns Gaussian rank scores: yes. In the setting above the ratio
     * on Rastrigin rose from 0.18 with min-max normalized scores to 0.29. NOTE: together with the
     * length-scale prior it raised the median best loss on the shifted 5-D Ackley (101 values per
     * dimension, 60 evaluations, 10 seeded runs) from 8.8 to 16.0, against random search's 18.0;
     * since the later kernel refits start from the current kernel (see {@link GaussianProcess}) it
     * is 9.6.
     */
    static final boolean RANK_TARGETS = true;

    private final GaussianProcess process;
    private final PrunedExpectedImprovement pruned = new PrunedExpectedImprovement();

    BayesianRun(BayesianOptimizer spec, OptimizerContext context) {
        super(context, spec.settings(), CANDIDATES, LOCAL_SHARE, SCAN_SMALL_SPACES, spec.xi(), RANK_TARGETS);
        boolean[] categorical = new boolean[context.dimensionCount()];
        for (int d = 0; d < categorical.length; d++) {
            categorical[d] = context.isCategorical(d);
        }
        this.process = new GaussianProcess(context.dimensionSizes(), categorical, context.random());
    }

    @Override
    protected boolean fitSurrogate(TrainingData data, double[] targets) {
        return process.fit(data, targets);
    }

    @Override
    protected void predict(Candidates candidates, double[] mean, double[] std) {
        process.predict(candidates, mean, std);
    }

    /** Rates by expected improvement, predicting exactly only the candidates that can be the highest. */
    @Override
    protected void rate(Candidates candidates, double[] acquisition, double best, double xi) {
        pruned.rate(process, candidates, best, xi, acquisition);
    }

    /** Returns the Gaussian process; for tests. */
    GaussianProcess process() {
        return process;
    }
}
