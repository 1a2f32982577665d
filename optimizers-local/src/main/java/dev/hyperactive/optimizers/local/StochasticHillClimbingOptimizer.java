package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stochastic hill climbing: hill climbing that sometimes moves to a proposal that is not better than
 * the current position, so that it can leave a local optimum.
 *
 * <p>Proposals and the window rule follow {@link HillClimbingOptimizer}. In addition, a proposal
 * with a finite score above the current score becomes the current position at once, and one whose
 * finite score {@code s} is not higher than the current score {@code c} becomes it with probability
 * <pre>{@code
 * p = 2 * p_accept / (1 + exp((c - s) / spread))
 * }</pre>
 * where {@code spread} is the mean absolute difference between consecutive finite scores over the
 * last 32 such differences, initial evaluations included. A proposal as good as the current one is
 * accepted with probability {@code p_accept}, and the worse a proposal is, measured in units of the
 * recent spread, the less likely it is accepted. While the spread is 0 only equal scores are
 * accepted. Proposals with NaN or infinite scores are never accepted.
 *
 * <p>Gradient-Free-Optimizers divides the difference by the sum of the two scores instead
 * ({@code p = 2 * p_accept / (1 + exp((c - s) / (c + s)))}). With negative scores, as when a loss is
 * negated, that rule accepts worse points more readily the worse they are, and its result changes
 * when a constant is added to every score. The rule here depends only on score differences, so
 * maximizing {@code -loss} and {@code 1000 - loss} makes the same moves.
 *
 * <p>Gradient-Free-Optimizers also moves to a better proposal only at the end of the
 * {@code n_neighbours} window but accepts a worse one at once, so accepted worse moves outpace the
 * improvements. With that order and the rule here, stochastic hill climbing reached a mean best of
 * only -100 on {@code -x^2} over -100..100 (100 evaluations, 33 seeds, where hill climbing reaches
 * -0.06). Here an improvement is taken at once, as in the published algorithms.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class StochasticHillClimbingOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "stochastic_hill_climbing";

    private final ClimbingSettings climbing;
    private final double acceptProbability;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, rand_rest_p 0, p_accept 0.5.
     */
    public StochasticHillClimbingOptimizer() {
        this(ClimbingSettings.defaults(), 0.5);
    }

    private StochasticHillClimbingOptimizer(ClimbingSettings climbing, double acceptProbability) {
        this.climbing = climbing;
        this.acceptProbability = acceptProbability;
    }

    /**
     * Returns a spec with the given step size, a fraction of each dimension's index range
     * ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public StochasticHillClimbingOptimizer epsilon(double epsilon) {
        return withClimbing(climbing.withEpsilon(epsilon));
    }

    /**
     * Returns a spec whose steps draw noise from the distribution with the given label: normal,
     * laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public StochasticHillClimbingOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose steps draw noise from {@code distribution}. */
    public StochasticHillClimbingOptimizer distribution(NoiseDistribution distribution) {
        return withClimbing(climbing.withDistribution(distribution));
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving to a better
     * one ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public StochasticHillClimbingOptimizer neighbours(int neighbours) {
        return withClimbing(climbing.withNeighbours(neighbours));
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public StochasticHillClimbingOptimizer randomRestartProbability(double probability) {
        return withClimbing(climbing.withRandomRestartProbability(probability));
    }

    /**
     * Returns a spec that accepts a proposal as good as the current position with the given
     * probability ({@code p_accept}); worse proposals are accepted less often, as the class comment
     * describes.
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public StochasticHillClimbingOptimizer acceptProbability(double probability) {
        Checks.inRange("p_accept", probability, 0, 1);
        return new StochasticHillClimbingOptimizer(climbing, probability);
    }

    /** Returns the step size as a fraction of each dimension's index range. */
    public double epsilon() {
        return climbing.epsilon();
    }

    /** Returns the distribution of the step noise. */
    public NoiseDistribution distribution() {
        return climbing.distribution();
    }

    /** Returns the number of recent evaluations compared before a move. */
    public int neighbours() {
        return climbing.neighbours();
    }

    /** Returns the probability of a uniform random position instead of a step. */
    public double randomRestartProbability() {
        return climbing.randomRestartProbability();
    }

    /** Returns the probability of accepting a proposal as good as the current position. */
    public double acceptProbability() {
        return acceptProbability;
    }

    ClimbingSettings climbing() {
        return climbing;
    }

    /** Returns a spec with the given hill-climbing parameters and this spec's others. */
    StochasticHillClimbingOptimizer withClimbing(ClimbingSettings settings) {
        return new StochasticHillClimbingOptimizer(settings, acceptProbability);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code rand_rest_p} and
     * {@code p_accept}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        climbing.putInto(parameters);
        parameters.put("p_accept", acceptProbability);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StochasticHillClimbingOptimizer)) {
            return false;
        }
        StochasticHillClimbingOptimizer other = (StochasticHillClimbingOptimizer) o;
        return other.climbing.equals(climbing) && Double.compare(other.acceptProbability, acceptProbability) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(climbing, acceptProbability);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
