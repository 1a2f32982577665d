package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Random annealing: hill climbing whose step size starts large and shrinks geometrically, so the
 * search moves from wide jumps across the space to local steps.
 *
 * <p>After the initial positions, the current position is the best initial one. The k-th proposal
 * (k = 0, 1, ...) is a hill-climbing step from the current position (see
 * {@link dev.hyperactive.spi.Moves}) with step size {@code epsilon * T}, where the temperature
 * {@code T = start_temp * annealing_rate^k}: numeric indices move by noise of scale
 * {@code epsilon * T * (size - 1)}, and categorical dimensions switch with probability
 * {@code min(1, epsilon * T)}. With probability {@code rand_rest_p} a proposal is a uniform random
 * position instead. After every {@code n_neighbours}-th evaluation the current position moves to the
 * best of the last {@code n_neighbours} finite evaluations if that is strictly better, as in hill
 * climbing. Gradient-Free-Optimizers labels this optimizer experimental.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class RandomAnnealingOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "random_annealing";

    private final ClimbingParameters climbing;
    private final double annealingRate;
    private final double startTemperature;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, annealing_rate 0.98, start_temp 10, rand_rest_p 0.
     */
    public RandomAnnealingOptimizer() {
        this(ClimbingParameters.defaults(), 0.98, 10);
    }

    private RandomAnnealingOptimizer(ClimbingParameters climbing, double annealingRate, double startTemperature) {
        this.climbing = climbing;
        this.annealingRate = annealingRate;
        this.startTemperature = startTemperature;
    }

    /**
     * Returns a spec with the given base step size, a fraction of each dimension's index range that
     * the temperature multiplies ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public RandomAnnealingOptimizer epsilon(double epsilon) {
        return withClimbing(climbing.withEpsilon(epsilon));
    }

    /**
     * Returns a spec whose steps draw noise from the distribution with the given label: normal,
     * laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public RandomAnnealingOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose steps draw noise from {@code distribution}. */
    public RandomAnnealingOptimizer distribution(NoiseDistribution distribution) {
        return withClimbing(climbing.withDistribution(distribution));
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving
     * ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public RandomAnnealingOptimizer neighbours(int neighbours) {
        return withClimbing(climbing.withNeighbours(neighbours));
    }

    /**
     * Returns a spec whose temperature is multiplied by {@code rate} after every proposal
     * ({@code annealing_rate}).
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1]
     */
    public RandomAnnealingOptimizer annealingRate(double rate) {
        Checks.inRange("annealing_rate", rate, 0, 1);
        return new RandomAnnealingOptimizer(climbing, rate, startTemperature);
    }

    /**
     * Returns a spec whose temperature starts at {@code temperature} ({@code start_temp}).
     *
     * @throws IllegalArgumentException if {@code temperature} is negative, NaN or infinite
     */
    public RandomAnnealingOptimizer startTemperature(double temperature) {
        SpecSupport.notNegative("start_temp", temperature);
        return new RandomAnnealingOptimizer(climbing, annealingRate, temperature);
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public RandomAnnealingOptimizer randomRestartProbability(double probability) {
        return withClimbing(climbing.withRandomRestartProbability(probability));
    }

    /** Returns a spec with the given shared hill-climbing parameters and this spec's others. */
    RandomAnnealingOptimizer withClimbing(ClimbingParameters parameters) {
        return new RandomAnnealingOptimizer(parameters, annealingRate, startTemperature);
    }

    /** Returns the base step size as a fraction of each dimension's index range. */
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

    /** Returns the factor applied to the temperature after every proposal. */
    public double annealingRate() {
        return annealingRate;
    }

    /** Returns the temperature of the first proposal. */
    public double startTemperature() {
        return startTemperature;
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
     * Returns {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code annealing_rate},
     * {@code start_temp} and {@code rand_rest_p}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        climbing.putStepInto(parameters);
        parameters.put("annealing_rate", annealingRate);
        parameters.put("start_temp", startTemperature);
        parameters.put("rand_rest_p", climbing.randomRestartProbability());
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RandomAnnealingOptimizer)) {
            return false;
        }
        RandomAnnealingOptimizer other = (RandomAnnealingOptimizer) o;
        return other.climbing.equals(climbing) && Double.compare(other.annealingRate, annealingRate) == 0
                && Double.compare(other.startTemperature, startTemperature) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(climbing, annealingRate, startTemperature);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
