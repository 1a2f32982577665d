package dev.hyperactive.examples;

import com.oracle.labs.mlrg.olcut.util.Pair;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.Parameters;
import java.util.List;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.evaluation.CrossValidation;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/**
 * The diabetes study's objective: the k-fold cross-validated R^2 of a Tribuo random forest, the mean
 * over the folds, higher is better.
 *
 * <p>The fold assignment and the trainer are seeded with fixed seeds, so one configuration always
 * gets the same score, which memory and reproducible runs rely on. Besides the score, each
 * evaluation records three extra outputs: {@value #R2_STD}, the sample standard deviation of R^2
 * over the folds; {@value #RMSE}, the mean root-mean-squared error over the folds, in units of the
 * target; and {@value #CV_SECONDS}, the wall time of the whole cross-validation.
 *
 * <p>Instances are thread-safe: each evaluation builds its own trainer and reads the shared,
 * immutable dataset.
 */
final class CrossValidatedR2 implements Objective {

    /** Extra output: sample standard deviation of R^2 over the folds. */
    static final String R2_STD = "r2_std";

    /** Extra output: mean root-mean-squared error over the folds. */
    static final String RMSE = "rmse";

    /** Extra output: wall time of the cross-validation, training and prediction, in seconds. */
    static final String CV_SECONDS = "cv_seconds";

    /** Seed of the shuffle that assigns rows to folds. */
    static final long FOLD_SEED = 20040401L;

    /** Seed of the bootstrap samples and, derived from it, of the trees' random choices. */
    static final long TRAINER_SEED = 4421L;

    private final Dataset<Regressor> dataset;
    private final int folds;

    /**
     * Creates the objective.
     *
     * @param dataset the rows to cross-validate on
     * @param folds the number of folds, at least 2
     * @throws IllegalArgumentException if {@code folds < 2} or there are fewer rows than folds
     */
    CrossValidatedR2(Dataset<Regressor> dataset, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2: " + folds);
        }
        if (dataset.size() < folds) {
            throw new IllegalArgumentException("dataset must have at least one row per fold: " + dataset.size()
                    + " rows, " + folds + " folds");
        }
        this.dataset = dataset;
        this.folds = folds;
        TribuoLogging.quiet();
    }

    @Override
    public double evaluate(Parameters parameters) {
        ForestSettings settings = ForestSettings.from(parameters);
        long start = System.nanoTime();

        CrossValidation<Regressor, RegressionEvaluation> crossValidation = new CrossValidation<>(
                settings.trainer(TRAINER_SEED), dataset, new RegressionEvaluator(), folds, FOLD_SEED);
        List<Pair<RegressionEvaluation, Model<Regressor>>> results = crossValidation.evaluate();

        double[] r2 = new double[results.size()];
        double rmseSum = 0;
        for (int i = 0; i < r2.length; i++) {
            RegressionEvaluation evaluation = results.get(i).getA();
            r2[i] = evaluation.averageR2();
            rmseSum += evaluation.averageRMSE();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        parameters.record(R2_STD, sampleStandardDeviation(r2));
        parameters.record(RMSE, rmseSum / r2.length);
        parameters.record(CV_SECONDS, seconds);
        return mean(r2);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double sampleStandardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
