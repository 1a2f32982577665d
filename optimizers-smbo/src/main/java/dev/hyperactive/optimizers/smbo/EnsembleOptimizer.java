package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ensemble optimizer: gradient-boosted trees and a Gaussian process model the score together,
 * and each proposal is the candidate with the highest expected improvement over the best score.
 *
 * <p>As in Gradient-Free-Optimizers 1.6, the two estimators are gradient boosting with 5 stages
 * (trees of depth 3, learning rate 0.1) and a Gaussian process (the one of {@link BayesianOptimizer},
 * with its kernel and hyperparameter fitting). Both learn the scores min-max normalized to [0, 1].
 * The predicted mean is the average of the two predictions, and the standard deviation is their
 * spread (the population standard deviation of the two, half their difference), at least
 * {@value #MIN_STD}. Expected improvement uses {@code imp = mean - 1 - xi} with {@code xi}
 * defaulting to 0.01.
 *
 * <p>Gradient-Free-Optimizers also accepts a list of scikit-learn estimators ({@code estimators});
 * this optimizer has no such parameter. Candidates are 1,000 uniform random positions drawn afresh
 * each iteration instead of a sub-grid fixed once, capped by {@code max_sample_size} and
 * {@code sampling}. Candidates around the best observations, which Bayesian optimization adds, are
 * left out. The two models agree most next to the best observation, so the small spread there made
 * expected improvement pick its neighbours again and again. That local search did worse than random
 * search on the shifted 5-D Ackley. Small spaces get sampled candidates too: scoring every point of
 * a space of 131 x 131 did worse on the shifted 2-D Sphere and Rastrigin. With fewer than two distinct
 * finite scores it proposes uniform random positions instead of fitting random noise.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class EnsembleOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "ensemble_optimizer";

    /** The default exploration margin {@code xi} of Gradient-Free-Optimizers' ensemble optimizer. */
    public static final double DEFAULT_XI = 0.01;

    /** The smallest predicted standard deviation, in normalized score units. */
    public static final double MIN_STD = 0.001;

    private final SmboSettings settings;
    private final double xi;

    /**
     * Creates the spec with the defaults: warm_start_smbo on, max_sample_size 10,000,000, sampling
     * {@code {"random": 1000000}}, replacement on, xi 0.01.
     */
    public EnsembleOptimizer() {
        this(new SmboSettings(), DEFAULT_XI);
    }

    private EnsembleOptimizer(SmboSettings settings, double xi) {
        this.settings = settings;
        this.xi = xi;
    }

    /**
     * Returns a spec with the given exploration margin of the expected improvement, in units of the
     * normalized score range ({@code xi}).
     *
     * @throws IllegalArgumentException if {@code xi} is negative, NaN or infinite
     */
    public EnsembleOptimizer xi(double xi) {
        SmboSettings.checkXi(xi);
        return new EnsembleOptimizer(settings, xi);
    }

    /** Returns a spec that does or does not train on earlier search data ({@code warm_start_smbo}). */
    public EnsembleOptimizer warmStartSmbo(boolean warmStart) {
        return withSettings(settings.withWarmStart(warmStart));
    }

    /**
     * Returns a spec whose candidates per iteration are capped at {@code maxSampleSize}
     * ({@code max_sample_size}).
     *
     * @throws IllegalArgumentException if {@code maxSampleSize} is not positive
     */
    public EnsembleOptimizer maxSampleSize(int maxSampleSize) {
        return withSettings(settings.withMaxSampleSize(maxSampleSize));
    }

    /**
     * Returns a spec whose candidates per iteration are capped at {@code count}
     * ({@code sampling = {"random": count}}).
     *
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public EnsembleOptimizer sampling(int count) {
        return withSettings(settings.withSampling(count));
    }

    /** Returns a spec without the cap of {@code sampling} ({@code sampling = false}). */
    public EnsembleOptimizer withoutSampling() {
        return withSettings(settings.withoutSampling());
    }

    /** Returns a spec that may or may not propose evaluated positions again ({@code replacement}). */
    public EnsembleOptimizer replacement(boolean replacement) {
        return withSettings(settings.withReplacement(replacement));
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

    EnsembleOptimizer withSettings(SmboSettings newSettings) {
        return new EnsembleOptimizer(newSettings, xi);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling},
     * {@code replacement} and {@code xi}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        settings.putParameters(parameters);
        parameters.put("xi", xi);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EnsembleOptimizer)) {
            return false;
        }
        EnsembleOptimizer other = (EnsembleOptimizer) o;
        return other.settings.equals(settings) && Double.compare(other.xi, xi) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, xi);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
