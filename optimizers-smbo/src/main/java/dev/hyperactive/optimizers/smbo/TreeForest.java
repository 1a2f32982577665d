package dev.hyperactive.optimizers.smbo;

import java.util.random.RandomGenerator;

/**
 * An ensemble of regression trees that predicts the mean of its trees, with an uncertainty from the
 * spread of the trees: extremely randomized trees or a random forest.
 *
 * <p><b>Extra trees</b> ({@link #extraTrees}) fit every tree to all samples with random thresholds,
 * as scikit-learn's {@code ExtraTreesRegressor} does by default. <b>Random forests</b>
 * ({@link #randomForest}) fit every tree to a bootstrap sample with best splits, as
 * {@code RandomForestRegressor} does. Both consider every feature at every node and grow until the
 * leaves are pure or hold one sample, unless a maximum depth is given.
 *
 * <p><b>Uncertainty.</b> The predicted variance is the law of total variance over the trees: the
 * mean over the trees of (leaf variance + leaf mean squared) minus the ensemble mean squared,
 * floored at 0. This is the estimate scikit-optimize uses and Gradient-Free-Optimizers copies. When
 * every leaf contains a single distinct position the leaf variances are 0 and it equals the variance of
 * the tree predictions, so it grows where the trees disagree, away from the training data.
 */
final class TreeForest implements TreeSurrogate {

    private final int treeCount;
    private final int maxDepth;
    private final boolean bootstrap;
    private RegressionTree[] trees = new RegressionTree[0];

    private TreeForest(int treeCount, int maxDepth, boolean bootstrap) {
        this.treeCount = treeCount;
        this.maxDepth = maxDepth;
        this.bootstrap = bootstrap;
    }

    /** Returns an unfitted ensemble of extremely randomized trees. */
    static TreeForest extraTrees(int treeCount, int maxDepth) {
        return new TreeForest(treeCount, maxDepth, false);
    }

    /** Returns an unfitted random forest. */
    static TreeForest randomForest(int treeCount, int maxDepth) {
        return new TreeForest(treeCount, maxDepth, true);
    }

    @Override
    public void fit(int[] x, double[] y, int n, int dims, RandomGenerator random) {
        CartBuilder builder = new CartBuilder(x, n, dims);
        CartBuilder.Settings settings = new CartBuilder.Settings(maxDepth, 1, dims, !bootstrap);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }

        RegressionTree[] fitted = new RegressionTree[treeCount];
        for (int t = 0; t < treeCount; t++) {
            if (bootstrap) {
                for (int i = 0; i < n; i++) {
                    rows[i] = random.nextInt(n);
                }
            }
            fitted[t] = builder.fit(y, rows, n, settings, random);
        }
        trees = fitted;
    }

    @Override
    public void predict(int[] position, double[] meanAndStd) {
        if (trees.length == 0) {
            throw new IllegalStateException("the forest was not fitted");
        }
        double sum = 0;
        double secondMoment = 0;
        for (RegressionTree tree : trees) {
            int leaf = tree.leaf(position);
            double value = tree.value(leaf);
            sum += value;
            secondMoment += tree.variance(leaf) + value * value;
        }
        double mean = sum / trees.length;
        double variance = secondMoment / trees.length - mean * mean;
        meanAndStd[0] = mean;
        meanAndStd[1] = variance > 0 ? Math.sqrt(variance) : 0;
    }

    /** Returns the number of trees of the last fit. */
    int fittedTreeCount() {
        return trees.length;
    }
}
