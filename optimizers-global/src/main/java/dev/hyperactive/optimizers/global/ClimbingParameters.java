package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.SpecParameters;
import java.util.Map;

/**
 * The hill-climbing parameters that random annealing and random restart hill climbing share,
 * checked when set. Each of those specs stores one of these and adds its own parameters.
 *
 * <p>The specs list {@code rand_rest_p} after their own parameters, so {@link #parseStep} and
 * {@link #putStepInto} cover only the first three, and each spec and provider handles
 * {@code rand_rest_p} at its place in the order.
 *
 * @param epsilon the step size as a fraction of each dimension's index range ({@code epsilon})
 * @param distribution the distribution of the step noise ({@code distribution})
 * @param neighbours the number of recent evaluations compared before a move ({@code n_neighbours})
 * @param randomRestartProbability the probability of a uniform random position instead of a step
 *     ({@code rand_rest_p})
 */
record ClimbingParameters(double epsilon, NoiseDistribution distribution, int neighbours,
        double randomRestartProbability) {

    /** Returns the defaults of Gradient-Free-Optimizers: epsilon 0.03, normal, 3 neighbours, rand_rest_p 0. */
    static ClimbingParameters defaults() {
        return new ClimbingParameters(0.03, NoiseDistribution.NORMAL, 3, 0.0);
    }

    ClimbingParameters withEpsilon(double value) {
        SpecSupport.notNegative("epsilon", value);
        return new ClimbingParameters(value, distribution, neighbours, randomRestartProbability);
    }

    ClimbingParameters withDistribution(NoiseDistribution value) {
        Checks.notNull("distribution", value);
        return new ClimbingParameters(epsilon, value, neighbours, randomRestartProbability);
    }

    ClimbingParameters withNeighbours(int value) {
        Checks.positive("n_neighbours", value);
        return new ClimbingParameters(epsilon, distribution, value, randomRestartProbability);
    }

    ClimbingParameters withRandomRestartProbability(double value) {
        Checks.inRange("rand_rest_p", value, 0, 1);
        return new ClimbingParameters(epsilon, distribution, neighbours, value);
    }

    /** Reads {@code epsilon}, {@code distribution} and {@code n_neighbours}, keeping this object's values for absent ones. */
    ClimbingParameters parseStep(SpecParameters parameters) {
        return withEpsilon(parameters.getDouble("epsilon", epsilon))
                .withDistribution(NoiseDistribution.fromLabel(parameters.getChoice("distribution",
                        distribution.label(), NoiseDistribution.labels())))
                .withNeighbours(parameters.getInt("n_neighbours", neighbours));
    }

    /** Writes {@code epsilon}, {@code distribution} and {@code n_neighbours}, in that order. */
    void putStepInto(Map<String, Object> parameters) {
        parameters.put("epsilon", epsilon);
        parameters.put("distribution", distribution.label());
        parameters.put("n_neighbours", neighbours);
    }
}
