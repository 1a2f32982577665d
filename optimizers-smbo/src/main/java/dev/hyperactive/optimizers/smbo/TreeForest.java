package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;
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
    private final LeafLookup lookup = new LeafLookup();
    private RegressionTree[] trees = new RegressionTree[0];
    private CartBuilder builder;
    private int[] rows = new int[0];
    private int fitted;
    private double[] sum = new double[0];
    private double[] secondMoment = new double[0];

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

    /** Fits every tree afresh; the trees' and the builder's arrays are kept from the last fit. */
    @Override
    public void fit(int[] x, double[] y, int n, int dims, RandomGenerator random) {
        if (builder == null || trees.length == 0 || builder.dimensions() != dims) {
            builder = new CartBuilder(x, n, dims);
            trees = new RegressionTree[treeCount];
            for (int t = 0; t < treeCount; t++) {
                trees[t] = new RegressionTree(2 * n);
            }
        } else {
            builder.reset(x, n);
        }
        CartBuilder.Settings settings = new CartBuilder.Settings(maxDepth, 1, dims, !bootstrap);
        if (rows.length < n) {
            rows = new int[Math.max(n, 2 * rows.length)];
        }
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }

        for (int t = 0; t < treeCount; t++) {
            if (bootstrap) {
                for (int i = 0; i < n; i++) {
                    rows[i] = random.nextInt(n);
                }
            }
            builder.fit(trees[t], y, rows, n, settings, random);
        }
        fitted = treeCount;
    }

    @Override
    public void predict(int[] position, double[] meanAndStd) {
        checkFitted();
        double total = 0;
        double moment = 0;
        for (RegressionTree tree : trees) {
            int leaf = tree.leaf(position);
            double value = tree.value(leaf);
            total += value;
            moment += tree.variance(leaf) + value * value;
        }
        meanAndStd[0] = total / trees.length;
        meanAndStd[1] = spread(total, moment, trees.length);
    }

    /**
     * Predicts every position of a column-major batch tree by tree, which gives the same values as
     * {@link #predict(int[], double[])} position by position, in the same order of additions.
     */
    @Override
    public void predictBatch(int[] columns, int count, double[] mean, double[] std) {
        checkFitted();
        if (sum.length < count) {
            sum = new double[count];
            secondMoment = new double[count];
        }
        Arrays.fill(sum, 0, count, 0);
        Arrays.fill(secondMoment, 0, count, 0);

        int[] leaves = lookup.prepare(columns, count);
        for (RegressionTree tree : trees) {
            lookup.run(tree, columns, count);
            for (int c = 0; c < count; c++) {
                int leaf = leaves[c];
                double value = tree.value(leaf);
                sum[c] += value;
                secondMoment[c] += tree.variance(leaf) + value * value;
            }
        }
        for (int c = 0; c < count; c++) {
            mean[c] = sum[c] / trees.length;
            std[c] = spread(sum[c], secondMoment[c], trees.length);
        }
    }

    /** Returns the standard deviation by the law of total variance, floored at 0. */
    private static double spread(double total, double moment, int treeCount) {
        double mean = total / treeCount;
        double variance = moment / treeCount - mean * mean;
        return variance > 0 ? Math.sqrt(variance) : 0;
    }

    private void checkFitted() {
        if (fitted == 0) {
            throw new IllegalStateException("the forest was not fitted");
        }
    }

    /** Returns the number of trees of the last fit. */
    int fittedTreeCount() {
        return fitted;
    }
}
