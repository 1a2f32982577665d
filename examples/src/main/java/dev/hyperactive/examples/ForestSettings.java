package dev.hyperactive.examples;

import dev.hyperactive.api.ParameterValues;
import java.util.SplittableRandom;
import org.tribuo.Trainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.ensemble.BaggingTrainer;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanAbsoluteError;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.rtree.impurity.RegressorImpurity;

/**
 * One random-forest configuration of the diabetes study, which creates the matching Tribuo trainer.
 *
 * <p>NOTE: Tribuo 4.3.2 also has an extra-trees trainer, but it is not offered here. Its random-split
 * search in {@code RegressorTrainingNode.buildRandomTree} never clears the lists of row indices
 * between candidate features, so each candidate after the first is scored on the rows of all earlier
 * ones. With a feature fraction of 1 the first candidate is always the same feature, and the CV R^2
 * of such forests on this data was about 0.
 *
 * @param criterion {@link #SQUARED_ERROR} or {@link #ABSOLUTE_ERROR}, the impurity a split minimizes
 * @param trees the number of trees, each trained on its own bootstrap sample
 * @param featureFraction the fraction of features each split considers; Tribuo rounds
 *     {@code featureFraction * featureCount} to the nearest integer
 * @param maxDepth the maximum depth of each tree
 * @param minChildWeight the minimum number of training rows in a leaf (every row weighs 1)
 */
record ForestSettings(String criterion, int trees, double featureFraction, int maxDepth, int minChildWeight) {

    /** Name of the categorical parameter that selects the split criterion. */
    static final String CRITERION = "criterion";

    /** Name of the number-of-trees parameter. */
    static final String TREES = "n_trees";

    /** Name of the feature-fraction parameter. */
    static final String FEATURE_FRACTION = "feature_fraction";

    /** Name of the maximum-depth parameter. */
    static final String MAX_DEPTH = "max_depth";

    /** Name of the minimum-leaf-size parameter, called {@code minChildWeight} in Tribuo. */
    static final String MIN_CHILD_WEIGHT = "min_child_weight";

    /** Criterion: splits minimize the mean squared error of the two children. */
    static final String SQUARED_ERROR = "squared_error";

    /**
     * Criterion: splits minimize the mean absolute error of the two children. Training took about 1.8
     * times as long as with squared error on this data.
     */
    static final String ABSOLUTE_ERROR = "absolute_error";

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the criterion is unknown or a number is out of range
     */
    ForestSettings {
        if (!SQUARED_ERROR.equals(criterion) && !ABSOLUTE_ERROR.equals(criterion)) {
            throw new IllegalArgumentException(CRITERION + " must be " + SQUARED_ERROR + " or " + ABSOLUTE_ERROR
                    + ": " + criterion);
        }
        if (trees < 1) {
            throw new IllegalArgumentException(TREES + " must be positive: " + trees);
        }
        if (!(featureFraction > 0 && featureFraction <= 1)) {
            throw new IllegalArgumentException(FEATURE_FRACTION + " must be in (0, 1]: " + featureFraction);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException(MAX_DEPTH + " must be positive: " + maxDepth);
        }
        if (minChildWeight < 1) {
            throw new IllegalArgumentException(MIN_CHILD_WEIGHT + " must be positive: " + minChildWeight);
        }
    }

    /**
     * Reads the settings from the values of one evaluation.
     *
     * @throws IllegalArgumentException if a parameter is missing or out of range
     */
    static ForestSettings from(ParameterValues values) {
        return new ForestSettings(
                values.getString(CRITERION),
                values.getInt(TREES),
                values.getDouble(FEATURE_FRACTION),
                values.getInt(MAX_DEPTH),
                values.getInt(MIN_CHILD_WEIGHT));
    }

    /**
     * Creates a fresh trainer for these settings. Tribuo trainers advance their random state with
     * every training call, so a new trainer per cross-validation makes the same settings and seed
     * give the same models.
     *
     * <p>Tribuo's {@code RandomForestTrainer} rejects a feature fraction of 1. A random forest that
     * considers every feature at every split is bagging of CART trees, so that case is trained with
     * {@code BaggingTrainer}, which builds the same trees.
     *
     * @param seed the seed of the bootstrap samples; the trees' feature sampling uses a seed derived
     *     from it
     */
    Trainer<Regressor> trainer(long seed) {
        RegressorImpurity impurity = SQUARED_ERROR.equals(criterion) ? new MeanSquaredError() : new MeanAbsoluteError();
        long treeSeed = new SplittableRandom(seed).nextLong();
        CARTRegressionTrainer tree = new CARTRegressionTrainer(maxDepth, minChildWeight, 0.0f,
                (float) featureFraction, false, impurity, treeSeed);
        AveragingCombiner average = new AveragingCombiner();

        if (tree.getFractionFeaturesInSplit() < 1.0f) {
            return new RandomForestTrainer<>(tree, average, trees, seed);
        }
        return new BaggingTrainer<>(tree, average, trees, seed);
    }
}
