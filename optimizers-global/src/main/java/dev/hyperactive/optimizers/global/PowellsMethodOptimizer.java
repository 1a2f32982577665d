package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Powell's conjugate direction method on index positions: line searches along a set of directions,
 * with the direction of largest improvement replaced by the displacement of each cycle, as in the
 * newest Gradient-Free-Optimizers.
 *
 * <p>After the initial positions, the origin is the best initial position and the directions are
 * the coordinate axes. A cycle runs one line search per direction. A line search looks at
 * {@code iters_p_dim} points {@code origin + t * direction}, rounded and clipped to the space, with
 * {@code t} in {@code [-T, T]}, where {@code T} is the distance from the origin to the nearest bound
 * along the direction and at least 1. The points come from the {@code line_search} method:
 * <ul>
 *   <li>{@code "grid"}: evenly spaced {@code t}, both ends included;</li>
 *   <li>{@code "golden"}: golden-section search, which keeps the better of two inner points and
 *       narrows the bracket around it;</li>
 *   <li>{@code "hill_climb"}: {@code t} drawn around the best {@code t} so far with noise of scale
 *       {@code epsilon * T} from {@code distribution}, starting at the origin.</li>
 * </ul>
 * A point that rounds to the origin or to the point before it is scored from what is known, without
 * an evaluation, and a point that violates a constraint counts as a failure. After each line search
 * the origin moves to the best point of the line if that scores strictly higher. After a full cycle
 * the direction whose line search improved most is replaced by the unit vector of the cycle's
 * displacement. Once the improvements of a cycle sum to less than {@code convergence_threshold},
 * the method has converged and proposes uniform random positions from then on. With probability
 * {@code rand_rest_p} a proposal is a uniform random position, which the line search ignores.
 *
 * <p>Departures from Gradient-Free-Optimizers: it moves to the best line point after each line
 * search, which can score lower than the origin because its grid of an even number of points
 * leaves out {@code t = 0}; here the origin stays unless a line point beats it. Its hill-climb line search draws from an unseeded generator;
 * here every draw comes from the run's seeded generator, so runs repeat. Its golden-section search
 * spends one more evaluation than {@code iters_p_dim}; here every line search takes exactly
 * {@code iters_p_dim} points. Categorical dimensions are searched by index, as there.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class PowellsMethodOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "powells_method";

    /** The line search with evenly spaced points. */
    public static final String GRID = LineSearch.GRID;

    /** The golden-section line search. */
    public static final String GOLDEN = LineSearch.GOLDEN;

    /** The hill-climbing line search. */
    public static final String HILL_CLIMB = LineSearch.HILL_CLIMB;

    private final int pointsPerLine;
    private final String lineSearch;
    private final double epsilon;
    private final NoiseDistribution distribution;
    private final double convergenceThreshold;
    private final double randomRestartProbability;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: iters_p_dim 10, line_search
     * grid, epsilon 0.03, distribution normal, convergence_threshold 1e-8, rand_rest_p 0.
     */
    public PowellsMethodOptimizer() {
        this(10, GRID, 0.03, NoiseDistribution.NORMAL, 1e-8, 0.0);
    }

    private PowellsMethodOptimizer(int pointsPerLine, String lineSearch, double epsilon,
            NoiseDistribution distribution, double convergenceThreshold, double randomRestartProbability) {
        this.pointsPerLine = pointsPerLine;
        this.lineSearch = lineSearch;
        this.epsilon = epsilon;
        this.distribution = distribution;
        this.convergenceThreshold = convergenceThreshold;
        this.randomRestartProbability = randomRestartProbability;
    }

    /**
     * Returns a spec whose line searches look at {@code points} points each ({@code iters_p_dim}).
     *
     * @throws IllegalArgumentException if {@code points} is not positive
     */
    public PowellsMethodOptimizer pointsPerLine(int points) {
        Checks.positive("iters_p_dim", points);
        return new PowellsMethodOptimizer(points, lineSearch, epsilon, distribution, convergenceThreshold,
                randomRestartProbability);
    }

    /**
     * Returns a spec with the given line search, {@value #GRID}, {@value #GOLDEN} or
     * {@value #HILL_CLIMB} ({@code line_search}).
     *
     * @throws IllegalArgumentException if {@code method} is not one of them
     */
    public PowellsMethodOptimizer lineSearch(String method) {
        Checks.notNull("line_search", method);
        if (!method.equals(GRID) && !method.equals(GOLDEN) && !method.equals(HILL_CLIMB)) {
            throw new IllegalArgumentException("line_search must be one of " + GRID + ", " + GOLDEN + ", "
                    + HILL_CLIMB + ": '" + method + "'");
        }
        return new PowellsMethodOptimizer(pointsPerLine, method, epsilon, distribution, convergenceThreshold,
                randomRestartProbability);
    }

    /**
     * Returns a spec whose hill-climbing line search steps with noise of scale {@code epsilon * T}
     * ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public PowellsMethodOptimizer epsilon(double epsilon) {
        SpecSupport.notNegative("epsilon", epsilon);
        return new PowellsMethodOptimizer(pointsPerLine, lineSearch, epsilon, distribution, convergenceThreshold,
                randomRestartProbability);
    }

    /**
     * Returns a spec whose hill-climbing line search draws noise from the distribution with the given
     * label: normal, laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public PowellsMethodOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose hill-climbing line search draws noise from {@code distribution}. */
    public PowellsMethodOptimizer distribution(NoiseDistribution distribution) {
        Checks.notNull("distribution", distribution);
        return new PowellsMethodOptimizer(pointsPerLine, lineSearch, epsilon, distribution, convergenceThreshold,
                randomRestartProbability);
    }

    /**
     * Returns a spec that stops the line searches once a cycle improves the score by less than
     * {@code threshold} in total ({@code convergence_threshold}).
     *
     * @throws IllegalArgumentException if {@code threshold} is negative, NaN or infinite
     */
    public PowellsMethodOptimizer convergenceThreshold(double threshold) {
        SpecSupport.notNegative("convergence_threshold", threshold);
        return new PowellsMethodOptimizer(pointsPerLine, lineSearch, epsilon, distribution, threshold,
                randomRestartProbability);
    }

    /**
     * Returns a spec that replaces a line point by a uniform random position with the given
     * probability ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public PowellsMethodOptimizer randomRestartProbability(double probability) {
        Checks.inRange("rand_rest_p", probability, 0, 1);
        return new PowellsMethodOptimizer(pointsPerLine, lineSearch, epsilon, distribution, convergenceThreshold,
                probability);
    }

    /** Returns the number of points per line search. */
    public int pointsPerLine() {
        return pointsPerLine;
    }

    /** Returns the line search method. */
    public String lineSearch() {
        return lineSearch;
    }

    /** Returns the step size of the hill-climbing line search as a fraction of {@code T}. */
    public double epsilon() {
        return epsilon;
    }

    /** Returns the noise distribution of the hill-climbing line search. */
    public NoiseDistribution distribution() {
        return distribution;
    }

    /** Returns the total improvement per cycle below which the method has converged. */
    public double convergenceThreshold() {
        return convergenceThreshold;
    }

    /** Returns the probability of a uniform random position instead of a line point. */
    public double randomRestartProbability() {
        return randomRestartProbability;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code iters_p_dim}, {@code line_search}, {@code epsilon}, {@code distribution},
     * {@code convergence_threshold} and {@code rand_rest_p}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("iters_p_dim", pointsPerLine);
        parameters.put("line_search", lineSearch);
        parameters.put("epsilon", epsilon);
        parameters.put("distribution", distribution.label());
        parameters.put("convergence_threshold", convergenceThreshold);
        parameters.put("rand_rest_p", randomRestartProbability);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PowellsMethodOptimizer)) {
            return false;
        }
        PowellsMethodOptimizer other = (PowellsMethodOptimizer) o;
        return other.pointsPerLine == pointsPerLine && other.lineSearch.equals(lineSearch)
                && Double.compare(other.epsilon, epsilon) == 0 && other.distribution == distribution
                && Double.compare(other.convergenceThreshold, convergenceThreshold) == 0
                && Double.compare(other.randomRestartProbability, randomRestartProbability) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointsPerLine, lineSearch, epsilon, distribution, convergenceThreshold,
                randomRestartProbability);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
