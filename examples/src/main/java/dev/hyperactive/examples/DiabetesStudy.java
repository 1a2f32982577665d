package dev.hyperactive.examples;

import dev.hyperactive.api.Initialization;
import dev.hyperactive.api.Objective;
import dev.hyperactive.api.SearchOptions;
import dev.hyperactive.api.SearchSpace;
import dev.hyperactive.api.Study;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tunes a Tribuo random forest on the diabetes data: the demo study, named {@code diabetes}.
 *
 * <p><b>Data.</b> The diabetes dataset of Efron, Hastie, Johnstone and Tibshirani (2004), "Least
 * Angle Regression": 442 patients, 10 raw baseline measurements (age, sex, body mass index, blood
 * pressure and six blood serum measurements) and the target {@code progression}, a measure of
 * disease progression one year later. The file is bundled with this module.
 *
 * <p><b>Objective.</b> The 5-fold cross-validated R^2 of the forest, the mean over the folds, higher
 * is better. Folds and trainer use fixed seeds, so one configuration always gets the same score.
 * Each evaluation also records the extra outputs {@code r2_std} (sample standard deviation of R^2
 * over the folds), {@code rmse} (mean root-mean-squared error over the folds, in units of the
 * target) and {@code cv_seconds} (wall time of the cross-validation).
 *
 * <p><b>Search space</b>, 60,000 points:
 * <ul>
 *   <li>{@code criterion}: {@code squared_error} or {@code absolute_error}, the impurity a split
 *       minimizes;
 *   <li>{@code n_trees}: 10 to 100 in steps of 10;
 *   <li>{@code feature_fraction}: 0.1 to 1.0 in steps of 0.1, the fraction of the 10 features each
 *       split considers, so 1 to 10 features (at 1.0 the forest is plain bagging);
 *   <li>{@code max_depth}: 2 to 20 in steps of 2;
 *   <li>{@code min_child_weight}: 1 to 30, the minimum number of training rows in a leaf.
 * </ul>
 * One evaluation took from about 0.1 s (10 shallow trees) to about 3 s (100 deep trees on all
 * features), and 0.7 s on average over 40 random points. So 50 iterations took well under a minute.
 * These figures were measured on one core of an AMD EPYC virtual machine with JDK 17.
 *
 * <p><b>Baseline.</b> {@link #baseline()} is where a practitioner would start: a forest of 50 trees
 * with squared error, the usual regression setting of one third of the features per split (3 of
 * 10), Tribuo's default minimum leaf size of 5 and, in place of Tribuo's unlimited default depth,
 * the largest depth in the space.
 *
 * <p><b>Defaults.</b> {@link #defaultIterations()} is 50. {@link #defaultOptions()} starts every job
 * with 2 random positions, 1 grid point near the centre of the space and the baseline as a warm
 * start, in that order, because initial positions are always made in the order random, grid,
 * vertices, warm start. So a run of at least 4 iterations evaluates the baseline, and since scores
 * repeat, its best score is at least the baseline's. No random state is set, so the caller's seed
 * decides the random positions. One job runs, and the objective uses one thread.
 */
public final class DiabetesStudy implements Study {

    /** Number of cross-validation folds. */
    static final int FOLDS = 5;

    private final SearchSpace searchSpace = SearchSpace.builder()
            .categorical(ForestSettings.CRITERION, ForestSettings.SQUARED_ERROR, ForestSettings.ABSOLUTE_ERROR)
            .integers(ForestSettings.TREES, 10, 100, 10)
            .doubles(ForestSettings.FEATURE_FRACTION, 0.1, 1.0, 0.1)
            .integers(ForestSettings.MAX_DEPTH, 2, 20, 2)
            .integers(ForestSettings.MIN_CHILD_WEIGHT, 1, 30, 1)
            .build();

    private volatile Objective objective;

    /** Creates the study. The data is read on the first evaluation, not here. */
    public DiabetesStudy() {
    }

    /** Returns {@code "diabetes"}. */
    @Override
    public String name() {
        return "diabetes";
    }

    @Override
    public String description() {
        return "Tribuo random forest on the diabetes data (442 rows), scored by 5-fold cross-validated R^2";
    }

    @Override
    public SearchSpace searchSpace() {
        return searchSpace;
    }

    /**
     * Returns the cross-validated R^2 objective. Every call returns the same instance, so results
     * keyed by it can be read with the instance from any call.
     */
    @Override
    public Objective objective() {
        Objective current = objective;
        if (current == null) {
            synchronized (this) {
                current = objective;
                if (current == null) {
                    current = new CrossValidatedR2(DiabetesData.dataset(), FOLDS);
                    objective = current;
                }
            }
        }
        return current;
    }

    /** Returns 50. */
    @Override
    public int defaultIterations() {
        return 50;
    }

    /**
     * Returns one job, started from 2 random positions, a grid point near the centre of the space and
     * the baseline, in that order. The class description explains the choice.
     */
    @Override
    public SearchOptions defaultOptions() {
        Initialization initialize = Initialization.builder()
                .random(2)
                .grid(1)
                .warmStart(baseline())
                .build();
        return SearchOptions.builder()
                .initialize(initialize)
                .nJobs(1)
                .build();
    }

    /**
     * Returns the baseline: 50 trees, squared error, feature fraction 0.3, maximum depth 20 and minimum
     * leaf size 5. The class description gives the reasons.
     */
    @Override
    public Map<String, Object> baseline() {
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put(ForestSettings.CRITERION, ForestSettings.SQUARED_ERROR);
        baseline.put(ForestSettings.TREES, 50);
        baseline.put(ForestSettings.FEATURE_FRACTION, 0.3);
        baseline.put(ForestSettings.MAX_DEPTH, 20);
        baseline.put(ForestSettings.MIN_CHILD_WEIGHT, 5);
        return Collections.unmodifiableMap(baseline);
    }
}
