package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Simulated annealing: hill climbing that moves to a worse proposal with the Metropolis probability
 * of a temperature that falls over the run.
 *
 * <p>Proposals and the window rule follow {@link HillClimbingOptimizer}. In addition, a proposal
 * with a finite score above the current score becomes the current position at once, and one whose
 * finite score {@code s} is not higher than the current score {@code c} becomes it with probability
 * <pre>{@code
 * p = exp((s - c) / (T * spread))
 * }</pre>
 * where {@code spread} is the mean absolute difference between consecutive finite scores over the
 * last 32 such differences, initial evaluations included. The temperature {@code T} is thus measured
 * in units of how much scores typically change between evaluations: at {@code T = 1} a proposal
 * worse by one spread is accepted with probability {@code 1/e}, whatever the range of the scores.
 * {@code T} starts at {@code start_temp} and is multiplied by {@code annealing_rate} after each
 * evaluated proposal. Special cases:
 * <ul>
 *   <li>{@code T = 0} accepts no transition, not even to an equal score, as in
 *       Gradient-Free-Optimizers, where the probability is then NaN;</li>
 *   <li>otherwise a proposal with a score equal to the current one is always accepted;</li>
 *   <li>while the spread is 0, a worse proposal is never accepted;</li>
 *   <li>proposals with NaN or infinite scores are never accepted.</li>
 * </ul>
 *
 * <p>Gradient-Free-Optimizers uses {@code p = exp((s - c) / (s + c) / T)}. With negative scores, as
 * when a loss is negated, the exponent is positive for worse points, so every worse point is
 * accepted and the run turns into a random walk. With large positive scores the normalized difference
 * is close to 0, so nearly every worse point is accepted too. The rule here depends only on score differences, so maximizing
 * {@code -loss} and {@code 1000 - loss} makes the same moves.
 *
 * <p>Gradient-Free-Optimizers also moves to a better proposal only at the end of the
 * {@code n_neighbours} window but accepts a worse one at once, so accepted worse moves outpace the
 * improvements. With that order and the rule here, stochastic hill climbing reached a mean best of
 * only -100 on {@code -x^2} over -100..100 (100 evaluations, 33 seeds, where hill climbing reaches
 * -0.06). Here an improvement is taken at once, as in the published algorithms.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class SimulatedAnnealingOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "simulated_annealing";

    private final ClimbingSettings climbing;
    private final double annealingRate;
    private final double startTemperature;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: epsilon 0.03, distribution
     * normal, n_neighbours 3, rand_rest_p 0, annealing_rate 0.97, start_temp 1.
     */
    public SimulatedAnnealingOptimizer() {
        this(ClimbingSettings.defaults(), 0.97, 1.0);
    }

    private SimulatedAnnealingOptimizer(ClimbingSettings climbing, double annealingRate, double startTemperature) {
        this.climbing = climbing;
        this.annealingRate = annealingRate;
        this.startTemperature = startTemperature;
    }

    /**
     * Returns a spec with the given step size, a fraction of each dimension's index range
     * ({@code epsilon}).
     *
     * @throws IllegalArgumentException if {@code epsilon} is negative, NaN or infinite
     */
    public SimulatedAnnealingOptimizer epsilon(double epsilon) {
        return withClimbing(climbing.withEpsilon(epsilon));
    }

    /**
     * Returns a spec whose steps draw noise from the distribution with the given label: normal,
     * laplace, logistic, gumbel or uniform ({@code distribution}).
     *
     * @throws IllegalArgumentException if no distribution has that label
     */
    public SimulatedAnnealingOptimizer distribution(String distribution) {
        return distribution(NoiseDistribution.fromLabel(distribution));
    }

    /** Returns a spec whose steps draw noise from {@code distribution}. */
    public SimulatedAnnealingOptimizer distribution(NoiseDistribution distribution) {
        return withClimbing(climbing.withDistribution(distribution));
    }

    /**
     * Returns a spec that compares the given number of recent evaluations before moving to a better
     * one ({@code n_neighbours}).
     *
     * @throws IllegalArgumentException if {@code neighbours} is not positive
     */
    public SimulatedAnnealingOptimizer neighbours(int neighbours) {
        return withClimbing(climbing.withNeighbours(neighbours));
    }

    /**
     * Returns a spec that replaces a step by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public SimulatedAnnealingOptimizer randomRestartProbability(double probability) {
        return withClimbing(climbing.withRandomRestartProbability(probability));
    }

    /**
     * Returns a spec whose temperature is multiplied by {@code rate} after each evaluated proposal
     * ({@code annealing_rate}).
     *
     * @throws IllegalArgumentException if {@code rate} is not in [0, 1]
     */
    public SimulatedAnnealingOptimizer annealingRate(double rate) {
        Checks.inRange("annealing_rate", rate, 0, 1);
        return new SimulatedAnnealingOptimizer(climbing, rate, startTemperature);
    }

    /**
     * Returns a spec whose temperature starts at {@code temperature}, in units of the recent spread of
     * scores ({@code start_temp}). Zero accepts no transition.
     *
     * @throws IllegalArgumentException if {@code temperature} is negative, NaN or infinite
     */
    public SimulatedAnnealingOptimizer startTemperature(double temperature) {
        Checks.nonNegative("start_temp", temperature);
        return new SimulatedAnnealingOptimizer(climbing, annealingRate, temperature);
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

    /** Returns the factor applied to the temperature after each evaluated proposal. */
    public double annealingRate() {
        return annealingRate;
    }

    /** Returns the temperature at the first proposal. */
    public double startTemperature() {
        return startTemperature;
    }

    ClimbingSettings climbing() {
        return climbing;
    }

    /** Returns a spec with the given hill-climbing parameters and this spec's others. */
    SimulatedAnnealingOptimizer withClimbing(ClimbingSettings settings) {
        return new SimulatedAnnealingOptimizer(settings, annealingRate, startTemperature);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code rand_rest_p},
     * {@code annealing_rate} and {@code start_temp}, in that order.
     */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        climbing.putInto(parameters);
        parameters.put("annealing_rate", annealingRate);
        parameters.put("start_temp", startTemperature);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SimulatedAnnealingOptimizer)) {
            return false;
        }
        SimulatedAnnealingOptimizer other = (SimulatedAnnealingOptimizer) o;
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
