package dev.hyperactive.optimizers.smbo;

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
    private RegressionTree[] stages = new RegressionTree[0];
    private double initial;
    private double[] lastStageLeafError = new double[0];

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

    @Override
    public void fit(int[] x, double[] y, int n, int dims, RandomGenerator random) {
        CartBuilder builder = new CartBuilder(x, n, dims);
        CartBuilder.Settings settings = new CartBuilder.Settings(maxDepth, 1, dims, false);
        int[] rows = new int[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            sum += y[i];
        }
        initial = sum / n;

        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = y[i] - initial;
        }

        RegressionTree[] fitted = new RegressionTree[stageCount];
        for (int s = 0; s < stageCount; s++) {
            RegressionTree tree = builder.fit(residuals, rows, n, settings, random);
            for (int i = 0; i < n; i++) {
                residuals[i] -= learningRate * tree.value(tree.leaf(x, i, dims));
            }
            fitted[s] = tree;
        }
        stages = fitted;
        lastStageLeafError = leafErrors(fitted[stageCount - 1], x, residuals, n, dims);
    }

    /** Returns, per node of {@code tree}, the root mean squared residual of the rows in that leaf. */
    private static double[] leafErrors(RegressionTree tree, int[] x, double[] residuals, int n, int dims) {
        double[] squares = new double[tree.nodeCount()];
        int[] counts = new int[tree.nodeCount()];
        for (int i = 0; i < n; i++) {
            int leaf = tree.leaf(x, i, dims);
            squares[leaf] += residuals[i] * residuals[i];
            counts[leaf]++;
        }
        for (int node = 0; node < squares.length; node++) {
            squares[node] = counts[node] == 0 ? 0 : Math.sqrt(squares[node] / counts[node]);
        }
        return squares;
    }

    @Override
    public void predict(int[] position, double[] meanAndStd) {
        if (stages.length == 0) {
            throw new IllegalStateException("the model was not fitted");
        }
        double prediction = initial;
        for (RegressionTree tree : stages) {
            prediction += learningRate * tree.predict(position);
        }
        meanAndStd[0] = prediction;
        meanAndStd[1] = lastStageLeafError[stages[stages.length - 1].leaf(position)];
    }
}
