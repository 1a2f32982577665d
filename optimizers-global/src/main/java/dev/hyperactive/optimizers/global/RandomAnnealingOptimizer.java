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

    private final double epsilon;
    private final NoiseDistribution distribution;
    private final int neighbours;
    private final double annealingRate;
    private final double startTemperature;
    private final double randomRestartProbability;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, annealing_rate 0.98, start_temp 10, rand_rest_p 0.
     */
    public RandomAnnealingOptimizer() {
        this(0.03, NoiseDistribution.NORMAL, 3, 0.98, 10, 0.0);
    }

    private RandomAnnealingOptimizer(double epsilon, NoiseDistribution distribution, int neighbours,
            double annealingRate, double startTemperature, double randomRestartProbability) {
        this.epsilon = epsilon;
        this.distribution = distribution;
        this.neighbours = neighbours;
        this.annealingRate = annealingRate;
        this.startTemperature = startTemperature;
        this.randomRestartProbability = randomRestartProbability;
    }

    /**
     * Returns a spec with the given base step size, a fraction of each dimension's index range that
     * the temperature multiplies ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public RandomAnnealingOptimizer epsilon(double epsilon) {
        SpecSupport.notNegative("epsilon", epsilon);
        return new RandomAnnealingOptimizer(epsilon, distribution, neighbours, annealingRate, startTemperature,
                randomRestartProbability);
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
        Checks.notNull("distribution", distribution);
        return new RandomAnnealingOptimizer(epsilon, distribution, neighbours, annealingRate, startTemperature,
                randomRestartProbability);
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving
     * ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public RandomAnnealingOptimizer neighbours(int neighbours) {
        Checks.positive("n_neighbours", neighbours);
        return new RandomAnnealingOptimizer(epsilon, distribution, neighbours, annealingRate, startTemperature,
                randomRestartProbability);
    }

    /**
     * Returns a spec whose temperature is multiplied by {@code rate} after every proposal
     * ({@code annealing_rate}).
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1]
     */
    public RandomAnnealingOptimizer annealingRate(double rate) {
        Checks.inRange("annealing_rate", rate, 0, 1);
        return new RandomAnnealingOptimizer(epsilon, distribution, neighbours, rate, startTemperature,
                randomRestartProbability);
    }

    /**
     * Returns a spec whose temperature starts at {@code temperature} ({@code start_temp}).
     *
     * @throws IllegalArgumentException if {@code temperature} is negative, NaN or infinite
     */
    public RandomAnnealingOptimizer startTemperature(double temperature) {
        SpecSupport.notNegative("start_temp", temperature);
        return new RandomAnnealingOptimizer(epsilon, distribution, neighbours, annealingRate, temperature,
                randomRestartProbability);
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public RandomAnnealingOptimizer randomRestartProbability(double probability) {
        Checks.inRange("rand_rest_p", probability, 0, 1);
        return new RandomAnnealingOptimizer(epsilon, distribution, neighbours, annealingRate, startTemperature,
                probability);
    }

    /** Returns the base step size as a fraction of each dimension's index range. */
    public double epsilon() {
        return epsilon;
    }

    /** Returns the distribution of the step noise. */
    public NoiseDistribution distribution() {
        return distribution;
    }

    /** Returns the number of recent evaluations compared before a move. */
    public int neighbours() {
        return neighbours;
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
        return randomRestartProbability;
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
        parameters.put("epsilon", epsilon);
        parameters.put("distribution", distribution.label());
        parameters.put("n_neighbours", neighbours);
        parameters.put("annealing_rate", annealingRate);
        parameters.put("start_temp", startTemperature);
        parameters.put("rand_rest_p", randomRestartProbability);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RandomAnnealingOptimizer)) {
            return false;
        }
        RandomAnnealingOptimizer other = (RandomAnnealingOptimizer) o;
        return Double.compare(other.epsilon, epsilon) == 0 && other.distribution == distribution
                && other.neighbours == neighbours && Double.compare(other.annealingRate, annealingRate) == 0
                && Double.compare(other.startTemperature, startTemperature) == 0
                && Double.compare(other.randomRestartProbability, randomRestartProbability) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epsilon, distribution, neighbours, annealingRate, startTemperature,
                randomRestartProbability);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
