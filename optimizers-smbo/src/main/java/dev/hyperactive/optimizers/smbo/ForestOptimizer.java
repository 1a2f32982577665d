package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Forest optimization: an ensemble of regression trees models the score, and each proposal is the
 * candidate with the highest expected improvement over the best score.
 *
 * <p><b>Surrogates</b> ({@code tree_regressor}): {@code "extra_tree"} (extremely randomized trees,
 * the default), {@code "random_forest"} (bootstrap samples, best splits) or
 * {@code "gradient_boost"} (boosted trees of depth 3 with learning rate 0.1 on squared loss), fitted
 * to the observations' index positions and to their scores min-max normalized to [0, 1], as
 * Gradient-Free-Optimizers fits them. {@code tree_para} sets {@code n_estimators} (the number of
 * trees or boosting stages) and optionally {@code max_depth} (by default unlimited for the forests
 * and 3 for boosting).
 *
 * <p><b>Uncertainty.</b> For the two forests, the standard deviation is the spread of the trees by
 * the law of total variance (mean over the trees of leaf variance plus squared leaf mean, minus the
 * squared ensemble mean), the estimate Gradient-Free-Optimizers takes from scikit-optimize. Boosting
 * stages are not independent estimates, so for {@code "gradient_boost"} the standard deviation is
 * the root mean squared training residual among the observations sharing the candidate's leaf in
 * the last stage: the part of the scores there that the model does not explain.
 *
 * <p><b>Differences from Gradient-Free-Optimizers.</b> {@code n_estimators} defaults to
 * {@value #DEFAULT_ESTIMATORS}, not 100, because the trees are refitted on every iteration. At 500
 * observations in a 5-D space, one ask and tell took about 11 ms of CPU time with 30 extra trees and
 * about 39 ms with 100 (measured on a shared 2-core machine with a throw-away benchmark). The spread
 * of 30 trees is still a usable uncertainty. Candidates are 1,000 uniform random positions drawn afresh
 * each iteration instead of a sub-grid fixed once, so every point of any space can be proposed;
 * {@code max_sample_size} and {@code sampling} cap the 1,000. Candidates around the best
 * observations, which Bayesian optimization adds, are left out: a tree ensemble never predicts
 * above the best observation, so expected improvement picked the neighbours of the best one again
 * and again, a local search that did worse than random search on the shifted 5-D Ackley. With fewer
 * than two distinct finite scores it proposes uniform random positions instead of fitting random
 * noise. Expected improvement uses {@code imp = mean - 1 - xi} on the normalized scores. Small
 * spaces get sampled candidates too: scoring every point of a space of 131 x 131 made the shifted
 * 2-D Sphere worse (see {@code ForestRun}). A random forest finds its best splits through a histogram
 * of the node's values when their range is narrow, which halved its time per iteration.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class ForestOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "forest_optimizer";

    /** The accepted values of {@code tree_regressor}. */
    public static final List<String> TREE_REGRESSORS = List.of("extra_tree", "random_forest", "gradient_boost");

    /** The default number of trees or boosting stages ({@code tree_para n_estimators}). */
    public static final int DEFAULT_ESTIMATORS = 30;

    /** The default exploration margin {@code xi} of Gradient-Free-Optimizers. */
    public static final double DEFAULT_XI = 0.03;

    private final SmboSettings settings;
    private final String treeRegressor;
    private final int estimators;
    private final int maxDepth;
    private final double xi;

    /**
     * Creates the spec with the defaults: warm_start_smbo on, max_sample_size 10,000,000, sampling
     * {@code {"random": 1000000}}, replacement on, tree_regressor "extra_tree", tree_para
     * {@code {"n_estimators": 30}}, xi 0.03.
     */
    public ForestOptimizer() {
        this(new SmboSettings(), "extra_tree", DEFAULT_ESTIMATORS, 0, DEFAULT_XI);
    }

    private ForestOptimizer(SmboSettings settings, String treeRegressor, int estimators, int maxDepth, double xi) {
        this.settings = settings;
        this.treeRegressor = treeRegressor;
        this.estimators = estimators;
        this.maxDepth = maxDepth;
        this.xi = xi;
    }

    /**
     * Returns a spec with the given surrogate: {@code "extra_tree"}, {@code "random_forest"} or
     * {@code "gradient_boost"} ({@code tree_regressor}).
     *
     * @throws IllegalArgumentException if {@code treeRegressor} is another name
     */
    public ForestOptimizer treeRegressor(String treeRegressor) {
        Checks.notNull("tree_regressor", treeRegressor);
        if (!TREE_REGRESSORS.contains(treeRegressor)) {
            throw new IllegalArgumentException("tree_regressor must be one of "
                    + String.join(", ", TREE_REGRESSORS) + ": '" + treeRegressor + "'");
        }
        return new ForestOptimizer(settings, treeRegressor, estimators, maxDepth, xi);
    }

    /**
     * Returns a spec with the given number of trees or boosting stages ({@code tree_para
     * n_estimators}).
     *
     * @throws IllegalArgumentException if {@code estimators} is not positive
     */
    public ForestOptimizer estimators(int estimators) {
        Checks.positive("n_estimators", estimators);
        return new ForestOptimizer(settings, treeRegressor, estimators, maxDepth, xi);
    }

    /**
     * Returns a spec whose trees have at most the given depth ({@code tree_para max_depth}); 0
     * restores the surrogate's default, unlimited for the forests and 3 for boosting.
     *
     * @throws IllegalArgumentException if {@code maxDepth} is negative
     */
    public ForestOptimizer maxDepth(int maxDepth) {
        Checks.nonNegative("max_depth", maxDepth);
        return new ForestOptimizer(settings, treeRegressor, estimators, maxDepth, xi);
    }

    /**
     * Returns a spec with the given exploration margin of the expected improvement, in units of the
     * normalized score range ({@code xi}).
     *
     * @throws IllegalArgumentException if {@code xi} is negative, NaN or infinite
     */
    public ForestOptimizer xi(double xi) {
        SmboSettings.checkXi(xi);
        return new ForestOptimizer(settings, treeRegressor, estimators, maxDepth, xi);
    }

    /** Returns a spec that does or does not train on earlier search data ({@code warm_start_smbo}). */
    public ForestOptimizer warmStartSmbo(boolean warmStart) {
        return withSettings(settings.withWarmStart(warmStart));
    }

    /**
     * Returns a spec whose candidates per iteration are capped at {@code maxSampleSize}
     * ({@code max_sample_size}).
     *
     * @throws IllegalArgumentException if {@code maxSampleSize} is not positive
     */
    public ForestOptimizer maxSampleSize(int maxSampleSize) {
        return withSettings(settings.withMaxSampleSize(maxSampleSize));
    }

    /**
     * Returns a spec whose candidates per iteration are capped at {@code count}
     * ({@code sampling = {"random": count}}).
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public ForestOptimizer sampling(int count) {
        return withSettings(settings.withSampling(count));
    }

    /** Returns a spec without the cap of {@code sampling} ({@code sampling = false}). */
    public ForestOptimizer withoutSampling() {
        return withSettings(settings.withoutSampling());
    }

    /** Returns a spec that may or may not propose evaluated positions again ({@code replacement}). */
    public ForestOptimizer replacement(boolean replacement) {
        return withSettings(settings.withReplacement(replacement));
    }

    /** Returns the surrogate's name. */
    public String treeRegressor() {
        return treeRegressor;
    }

    /** Returns the number of trees or boosting stages. */
    public int estimators() {
        return estimators;
    }

    /** Returns the maximum tree depth, or 0 for the surrogate's default. */
    public int maxDepth() {
        return maxDepth;
    }

    /** Returns the exploration margin of the expected improvement. */
    public double xi() {
        return xi;
    }

    /** Returns whether earlier search data is training data. */
    public boolean warmStartSmbo() {
        return settings.warmStart();
    }

    /** Returns the cap {@code max_sample_size} on the candidates per iteration. */
    public int maxSampleSize() {
        return settings.maxSampleSize();
    }

    /** Returns the cap {@code sampling} on the candidates per iteration, or 0 when it is off. */
    public int sampling() {
        return settings.sampling();
    }

    /** Returns whether evaluated positions may be proposed again. */
    public boolean replacement() {
        return settings.replacement();
    }

    SmboSettings settings() {
        return settings;
    }

    ForestOptimizer withSettings(SmboSettings newSettings) {
        return new ForestOptimizer(newSettings, treeRegressor, estimators, maxDepth, xi);
    }

    /** Returns {@code tree_para}: {@code n_estimators}, and {@code max_depth} when it is set. */
    public Map<String, Integer> treeParameters() {
        Map<String, Integer> treePara = new LinkedHashMap<>();
        treePara.put("n_estimators", estimators);
        if (maxDepth > 0) {
            treePara.put("max_depth", maxDepth);
        }
        return treePara;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling},
     * {@code replacement}, {@code tree_regressor}, {@code tree_para} and {@code xi}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        settings.putParameters(parameters);
        parameters.put("tree_regressor", treeRegressor);
        parameters.put("tree_para", treeParameters());
        parameters.put("xi", xi);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ForestOptimizer)) {
            return false;
        }
        ForestOptimizer other = (ForestOptimizer) o;
        return other.settings.equals(settings) && other.treeRegressor.equals(treeRegressor)
                && other.estimators == estimators && other.maxDepth == maxDepth
                && Double.compare(other.xi, xi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, treeRegressor, estimators, maxDepth, xi);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
