package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Random restart hill climbing: hill climbing whose every {@code n_iter_restart}-th evaluation is a
 * uniform random position.
 *
 * <p>After the initial positions, the current position is the best initial one. A proposal is a
 * uniform random position when the number of evaluations so far, the initial ones included, is a
 * positive multiple of {@code n_iter_restart}, and otherwise a hill-climbing step from the current
 * position (see {@link dev.hyperactive.spi.Moves}) with step size {@code epsilon}. With probability
 * {@code rand_rest_p} a step is replaced by a uniform random position as well. After every
 * {@code n_neighbours}-th evaluation the current position moves to the best of the last
 * {@code n_neighbours} finite evaluations if that is strictly better, so a restart position takes
 * over only when it beats the current one. This is the rule of Gradient-Free-Optimizers 1.6.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class RandomRestartHillClimbingOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "random_restart_hill_climbing";

    private final ClimbingParameters climbing;
    private final int restartInterval;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, n_iter_restart 10, rand_rest_p 0.
     */
    public RandomRestartHillClimbingOptimizer() {
        this(ClimbingParameters.defaults(), 10);
    }

    private RandomRestartHillClimbingOptimizer(ClimbingParameters climbing, int restartInterval) {
        this.climbing = climbing;
        this.restartInterval = restartInterval;
    }

    /**
     * Returns a spec with the given step size, a fraction of each dimension's index range
     * ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public RandomRestartHillClimbingOptimizer epsilon(double epsilon) {
        return withClimbing(climbing.withEpsilon(epsilon));
    }

    /**
     * Returns a spec whose steps draw noise from the distribution with the given label: normal,
     * laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public RandomRestartHillClimbingOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose steps draw noise from {@code distribution}. */
    public RandomRestartHillClimbingOptimizer distribution(NoiseDistribution distribution) {
        return withClimbing(climbing.withDistribution(distribution));
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving
     * ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public RandomRestartHillClimbingOptimizer neighbours(int neighbours) {
        return withClimbing(climbing.withNeighbours(neighbours));
    }

    /**
     * Returns a spec that proposes a uniform random position every {@code interval} evaluations
     * ({@code n_iter_restart}).
     *
     * @throws IllegalArgumentException if {@code interval} is not positive
     */
    public RandomRestartHillClimbingOptimizer restartInterval(int interval) {
        Checks.positive("n_iter_restart", interval);
        return new RandomRestartHillClimbingOptimizer(climbing, interval);
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public RandomRestartHillClimbingOptimizer randomRestartProbability(double probability) {
        return withClimbing(climbing.withRandomRestartProbability(probability));
    }

    /** Returns a spec with the given shared hill-climbing parameters and this spec's restart interval. */
    RandomRestartHillClimbingOptimizer withClimbing(ClimbingParameters parameters) {
        return new RandomRestartHillClimbingOptimizer(parameters, restartInterval);
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

    /** Returns the number of evaluations between two random restarts. */
    public int restartInterval() {
        return restartInterval;
    }

    /** Returns the probability of a uniform random position instead of a step. */
    public double randomRestartProbability() {
        return climbing.randomRestartProbability();
    }

    ClimbingParameters climbing() {
        return climbing;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code n_iter_restart} and
     * {@code rand_rest_p}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        climbing.putStepInto(parameters);
        parameters.put("n_iter_restart", restartInterval);
        parameters.put("rand_rest_p", climbing.randomRestartProbability());
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RandomRestartHillClimbingOptimizer)) {
            return false;
        }
        RandomRestartHillClimbingOptimizer other = (RandomRestartHillClimbingOptimizer) o;
        return other.climbing.equals(climbing) && other.restartInterval == restartInterval;
    }

    @Override
    public int hashCode() {
        return Objects.hash(climbing, restartInterval);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
