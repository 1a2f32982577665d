package dev.hyperactive.optimizers.smbo;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Gradient-boosted regression trees for squared loss: the model starts at the mean target, and each
 * stage fits a shallow CART tree to the current residuals and adds it scaled by the learning rate,
 * as scikit-learn's {@code GradientBoostingRegressor} does with its defaults (squared error, no
 * subsampling).
 *
 * <p><b>Uncertainty.</b> Boosting stages are not independent estimates of the target, so the
 * spread of the stage trees means nothing. Gradient-Free-Optimizers applies its per-tree variance
 * formula to the stage trees anyway, and this class does not. Here the predicted standard deviation
 * is the root mean squared training residual of the final model, taken over the samples that share
 * the position's leaf in the last stage's tree. It measures the part of the scores in that region
 * that the model leaves unexplained. It is 0 where the model fits its training data exactly, and large in regions
 * where the scores vary more than the shallow trees can follow.
 */
final class GradientBoostedTrees implements TreeSurrogate {

    private final int stageCount;
    private final int maxDepth;
    private final double learningRate;
    private final LeafLookup lookup = new LeafLookup();
    private RegressionTree[] stages = new RegressionTree[0];
    private CartBuilder builder;
    private double initial;
    private double[] lastStageLeafError = new double[0];
    private int[] leafCounts = new int[0];
    private int[] rows = new int[0];
    private double[] residuals = new double[0];
    private boolean fitted;

    /**
     * Creates an unfitted model.
     *
     * @param stageCount the number of boosting stages (trees)
     * @param maxDepth the depth of each tree
     * @param learningRate the factor applied to each tree
     */
    GradientBoostedTrees(int stageCount, int maxDepth, double learningRate) {
        this.stageCount = stageCount;
        this.maxDepth = maxDepth;
        this.learningRate = learningRate;
    }

    /** Fits every stage afresh; the trees' and the builder's arrays are kept from the last fit. */
    @Override
    public void fit(int[] x, double[] y, int n, int dims, RandomGenerator random) {
        if (builder == null || builder.dimensions() != dims) {
            builder = new CartBuilder(x, n, dims);
            stages = new RegressionTree[stageCount];
            for (int s = 0; s < stageCount; s++) {
                stages[s] = new RegressionTree(2 * n);
            }
        } else {
            builder.reset(x, n);
        }
        CartBuilder.Settings settings = new CartBuilder.Settings(maxDepth, 1, dims, false);
        if (rows.length < n) {
            rows = new int[Math.max(n, 2 * rows.length)];
            residuals = new double[rows.length];
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            sum += y[i];
        }
        initial = sum / n;
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - initial;
        }

        for (RegressionTree tree : stages) {
            builder.fit(tree, residuals, rows, n, settings, random);
            int[] leaves = builder.rowLeaves();
            for (int i = 0; i < n; i++) {
                residuals[i] -= learningRate * tree.value(leaves[i]);
            }
        }
        leafErrors(stages[stageCount - 1], builder.rowLeaves(), n);
        fitted = true;
    }

    /**
     * Stores, per node of {@code tree}, the root mean squared residual of the rows in that leaf,
     * given the leaf of each row.
     */
    private void leafErrors(RegressionTree tree, int[] leaves, int n) {
        int nodes = tree.nodeCount();
        if (lastStageLeafError.length < nodes) {
            lastStageLeafError = new double[Math.max(nodes, 2 * lastStageLeafError.length)];
            leafCounts = new int[lastStageLeafError.length];
        }
        Arrays.fill(lastStageLeafError, 0, nodes, 0);
        Arrays.fill(leafCounts, 0, nodes, 0);
        for (int i = 0; i < n; i++) {
            lastStageLeafError[leaves[i]] += residuals[i] * residuals[i];
            leafCounts[leaves[i]]++;
        }
        for (int node = 0; node < nodes; node++) {
            lastStageLeafError[node] = leafCounts[node] == 0 ? 0 : Math.sqrt(lastStageLeafError[node] / leafCounts[node]);
        }
    }

    @Override
    public void predict(int[] position, double[] meanAndStd) {
        checkFitted();
        double prediction = initial;
        for (RegressionTree tree : stages) {
            prediction += learningRate * tree.predict(position);
        }
        meanAndStd[0] = prediction;
        meanAndStd[1] = lastStageLeafError[stages[stages.length - 1].leaf(position)];
    }

    /**
     * Predicts every position of a column-major batch stage by stage, which gives the same values as
     * {@link #predict(int[], double[])} position by position, in the same order of additions.
     */
    @Override
    public void predictBatch(int[] columns, int count, double[] mean, double[] std) {
        checkFitted();
        Arrays.fill(mean, 0, count, initial);
        int[] leaves = lookup.prepare(columns, count);
        for (RegressionTree tree : stages) {
            lookup.run(tree, columns, count);
            for (int c = 0; c < count; c++) {
                mean[c] += learningRate * tree.value(leaves[c]);
            }
        }
        for (int c = 0; c < count; c++) {
            std[c] = lastStageLeafError[leaves[c]];
        }
    }

    private void checkFitted() {
        if (!fitted) {
            throw new IllegalStateException("the model was not fitted");
        }
    }
}
