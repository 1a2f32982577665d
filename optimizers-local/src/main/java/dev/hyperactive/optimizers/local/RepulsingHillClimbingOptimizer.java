package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Repulsing hill climbing: hill climbing that takes a larger step after a proposal that failed to
 * improve, so that it jumps off plateaus and out of shallow optima.
 *
 * <p>Proposals and moves follow {@link HillClimbingOptimizer}. After each evaluated proposal, the
 * next step uses {@code epsilon * repulsion_factor} unless the proposal's score was strictly higher
 * than the current score before it was told, in which case it uses {@code epsilon}. A NaN or
 * infinite score counts as no improvement. With a factor above {@code 1 / epsilon} a categorical
 * dimension switches category on every enlarged step.
 *
 * <p>Gradient-Free-Optimizers compares the proposal with the current score after the move, so a
 * proposal that just became the current position counts as a failure there and enlarges the next
 * step. Here an improvement keeps the normal step.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class RepulsingHillClimbingOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "repulsing_hill_climbing";

    private final ClimbingSettings climbing;
    private final double repulsionFactor;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, rand_rest_p 0, repulsion_factor 5.
     */
    public RepulsingHillClimbingOptimizer() {
        this(ClimbingSettings.defaults(), 5.0);
    }

    private RepulsingHillClimbingOptimizer(ClimbingSettings climbing, double repulsionFactor) {
        this.climbing = climbing;
        this.repulsionFactor = repulsionFactor;
    }

    /**
     * Returns a spec with the given step size, a fraction of each dimension's index range
     * ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public RepulsingHillClimbingOptimizer epsilon(double epsilon) {
        return withClimbing(climbing.withEpsilon(epsilon));
    }

    /**
     * Returns a spec whose steps draw noise from the distribution with the given label: normal,
     * laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public RepulsingHillClimbingOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose steps draw noise from {@code distribution}. */
    public RepulsingHillClimbingOptimizer distribution(NoiseDistribution distribution) {
        return withClimbing(climbing.withDistribution(distribution));
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving to a better
     * one ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public RepulsingHillClimbingOptimizer neighbours(int neighbours) {
        return withClimbing(climbing.withNeighbours(neighbours));
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public RepulsingHillClimbingOptimizer randomRestartProbability(double probability) {
        return withClimbing(climbing.withRandomRestartProbability(probability));
    }

    /**
     * Returns a spec that multiplies the step size by {@code factor} after a proposal that did not
     * improve ({@code repulsion_factor}).
     *
     * @throws IllegalArgumentException if {@code factor} is not a positive finite number
     */
    public RepulsingHillClimbingOptimizer repulsionFactor(double factor) {
        Checks.positive("repulsion_factor", factor);
        return new RepulsingHillClimbingOptimizer(climbing, factor);
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

    /** Returns the factor of the step size after a proposal that did not improve. */
    public double repulsionFactor() {
        return repulsionFactor;
    }

    ClimbingSettings climbing() {
        return climbing;
    }

    /** Returns a spec with the given hill-climbing parameters and this spec's others. */
    RepulsingHillClimbingOptimizer withClimbing(ClimbingSettings settings) {
        return new RepulsingHillClimbingOptimizer(settings, repulsionFactor);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code rand_rest_p} and
     * {@code repulsion_factor}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        climbing.putInto(parameters);
        parameters.put("repulsion_factor", repulsionFactor);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RepulsingHillClimbingOptimizer)) {
            return false;
        }
        RepulsingHillClimbingOptimizer other = (RepulsingHillClimbingOptimizer) o;
        return other.climbing.equals(climbing) && Double.compare(other.repulsionFactor, repulsionFactor) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(climbing, repulsionFactor);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
