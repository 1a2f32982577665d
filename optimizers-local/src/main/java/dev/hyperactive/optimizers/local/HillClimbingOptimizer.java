package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hill climbing: it samples neighbours of a current position and moves to the best of them when
 * that is strictly better.
 *
 * <p>After the initial positions, the current position is the best initial one (a uniform random
 * position if no initial score was finite). Each proposal is a hill-climbing step from the current
 * position (see {@link dev.hyperactive.spi.Moves}): numeric indices move by noise of scale
 * {@code epsilon * (size - 1)}, and categorical dimensions switch category with probability
 * {@code epsilon}. With probability {@code rand_rest_p} a proposal is a uniform random position
 * instead. After every {@code n_neighbours}-th evaluation, counting the initial ones, the run looks
 * at the last {@code n_neighbours} evaluations with a finite score, and the current position moves
 * to the best of them if its score is strictly higher than the current score. Among equal scores in
 * that window the latest wins.
 *
 * <p>This is the rule of Gradient-Free-Optimizers 1.6. Newer versions move to the best of the window
 * even when it is worse than the current position, which is not hill climbing.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class HillClimbingOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "hill_climbing";

    private final ClimbingSettings climbing;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, rand_rest_p 0.
     */
    public HillClimbingOptimizer() {
        this(ClimbingSettings.defaults());
    }

    private HillClimbingOptimizer(ClimbingSettings climbing) {
        this.climbing = climbing;
    }

    /**
     * Returns a spec with the given step size, a fraction of each dimension's index range
     * ({@code epsilon}). Zero keeps the run at its start position.
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public HillClimbingOptimizer epsilon(double epsilon) {
        return new HillClimbingOptimizer(climbing.withEpsilon(epsilon));
    }

    /**
     * Returns a spec whose steps draw noise from the distribution with the given label: normal,
     * laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public HillClimbingOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose steps draw noise from {@code distribution}. */
    public HillClimbingOptimizer distribution(NoiseDistribution distribution) {
        return new HillClimbingOptimizer(climbing.withDistribution(distribution));
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving
     * ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public HillClimbingOptimizer neighbours(int neighbours) {
        return new HillClimbingOptimizer(climbing.withNeighbours(neighbours));
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public HillClimbingOptimizer randomRestartProbability(double probability) {
        return new HillClimbingOptimizer(climbing.withRandomRestartProbability(probability));
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

    ClimbingSettings climbing() {
        return climbing;
    }

    /** Returns a spec with the given hill-climbing parameters. */
    HillClimbingOptimizer withClimbing(ClimbingSettings settings) {
        return new HillClimbingOptimizer(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code epsilon}, {@code distribution}, {@code n_neighbours} and {@code rand_rest_p}, in that order. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        climbing.putInto(parameters);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HillClimbingOptimizer)) {
            return false;
        }
        return ((HillClimbingOptimizer) o).climbing.equals(climbing);
    }

    @Override
    public int hashCode() {
        return climbing.hashCode();
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
