package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Downhill simplex (Nelder–Mead) on index positions: a simplex of {@code n + 1} vertices in an
 * {@code n}-dimensional space that reflects, expands, contracts and shrinks towards better scores.
 *
 * <p>Vertices have real-valued coordinates in index units, kept inside {@code [0, size - 1]}. Each
 * proposal is rounded to the nearest index and clipped, which is the {@code clip} boundary of
 * Gradient-Free-Optimizers. With {@code c} the centroid of all vertices but the worst {@code w},
 * each step is:
 * <ol>
 *   <li><b>reflect:</b> evaluate {@code r = c + alpha * (c - w)}. If {@code r} beats the best
 *       vertex, expand. If it beats the second-worst vertex, it replaces {@code w}. Otherwise
 *       contract.</li>
 *   <li><b>expand:</b> evaluate {@code e = c + gamma * (c - w)}; the better of {@code e} and
 *       {@code r} replaces {@code w} ({@code r} on a tie).</li>
 *   <li><b>contract:</b> with {@code h} the better of {@code w} and {@code r} ({@code r} on a tie),
 *       evaluate {@code h + beta * (c - h)}. If it beats {@code w}, it replaces {@code w}. Otherwise
 *       shrink.</li>
 *   <li><b>shrink:</b> move every vertex but the best to {@code best + sigma * (v - best)} and
 *       evaluate each, one per proposal.</li>
 * </ol>
 * NaN and infinite scores rank below every finite score.
 *
 * <p>The first simplex consists of the best {@code n + 1} distinct initial positions with finite
 * scores; missing vertices are uniform random positions, evaluated before the first reflection.
 * When the simplex has collapsed, meaning every vertex lies within half an index of the best vertex
 * in every dimension, it is rebuilt from the best {@code n + 1} distinct positions evaluated so far.
 * If none of those changed since the last rebuild, the run would repeat itself, so the new simplex is
 * instead the best position and {@code n} hill-climbing neighbours of it with
 * {@code epsilon = }{@value #REBUILD_EPSILON}. A proposal that violates a constraint is replaced
 * by a uniform random position that satisfies them, which then plays the proposal's role in the step.
 *
 * <p>This follows the newest Gradient-Free-Optimizers, which keeps every initial position in its
 * first simplex and rebuilds only when all vertices coincide. Here the simplex has exactly
 * {@code n + 1} vertices, as Nelder–Mead defines it, and a simplex that rounding has collapsed to a
 * single index per dimension counts as coincident. Gradient-Free-Optimizers also re-evaluates the
 * best vertex during a shrink, which this class skips. It has no {@code rand_rest_p}, like
 * Gradient-Free-Optimizers 1.6.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class DownhillSimplexOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "downhill_simplex";

    /** The step size of the neighbours that replace a collapsed simplex whose best positions did not change. */
    public static final double REBUILD_EPSILON = 0.1;

    private final double alpha;
    private final double gamma;
    private final double beta;
    private final double sigma;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: alpha 1, gamma 2, beta 0.5,
     * sigma 0.5.
     */
    public DownhillSimplexOptimizer() {
        this(1.0, 2.0, 0.5, 0.5);
    }

    private DownhillSimplexOptimizer(double alpha, double gamma, double beta, double sigma) {
        this.alpha = alpha;
        this.gamma = gamma;
        this.beta = beta;
        this.sigma = sigma;
    }

    /**
     * Returns a spec with the given reflection coefficient ({@code alpha}).
     *
     * @throws IllegalArgumentException if {@code alpha} is not a positive finite number
     */
    public DownhillSimplexOptimizer alpha(double alpha) {
        Checks.positive("alpha", alpha);
        return new DownhillSimplexOptimizer(alpha, gamma, beta, sigma);
    }

    /**
     * Returns a spec with the given expansion coefficient ({@code gamma}).
     *
     * @throws IllegalArgumentException if {@code gamma} is not a positive finite number
     */
    public DownhillSimplexOptimizer gamma(double gamma) {
        Checks.positive("gamma", gamma);
        return new DownhillSimplexOptimizer(alpha, gamma, beta, sigma);
    }

    /**
     * Returns a spec with the given contraction coefficient ({@code beta}).
     *
     * @throws IllegalArgumentException if {@code beta} is not in [0, 1]
     */
    public DownhillSimplexOptimizer beta(double beta) {
        Checks.inRange("beta", beta, 0, 1);
        return new DownhillSimplexOptimizer(alpha, gamma, beta, sigma);
    }

    /**
     * Returns a spec with the given shrink coefficient ({@code sigma}).
     *
     * @throws IllegalArgumentException if {@code sigma} is not in [0, 1]
     */
    public DownhillSimplexOptimizer sigma(double sigma) {
        Checks.inRange("sigma", sigma, 0, 1);
        return new DownhillSimplexOptimizer(alpha, gamma, beta, sigma);
    }

    /** Returns the reflection coefficient. */
    public double alpha() {
        return alpha;
    }

    /** Returns the expansion coefficient. */
    public double gamma() {
        return gamma;
    }

    /** Returns the contraction coefficient. */
    public double beta() {
        return beta;
    }

    /** Returns the shrink coefficient. */
    public double sigma() {
        return sigma;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code alpha}, {@code gamma}, {@code beta} and {@code sigma}, in that order. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("alpha", alpha);
        parameters.put("gamma", gamma);
        parameters.put("beta", beta);
        parameters.put("sigma", sigma);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DownhillSimplexOptimizer)) {
            return false;
        }
        DownhillSimplexOptimizer other = (DownhillSimplexOptimizer) o;
        return Double.compare(other.alpha, alpha) == 0 && Double.compare(other.gamma, gamma) == 0
                && Double.compare(other.beta, beta) == 0 && Double.compare(other.sigma, sigma) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(alpha, gamma, beta, sigma);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
