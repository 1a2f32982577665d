package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/**
 * The hill-climbing parameters that every optimizer of the hill climbing family shares, checked
 * when set. The specs hold one of these and add their own parameters.
 *
 * @param epsilon the step size as a fraction of each dimension's index range ({@code epsilon})
 * @param distribution the distribution of the step noise ({@code distribution})
 * @param neighbours the number of recent evaluations compared before a move ({@code n_neighbours})
 * @param randomRestartProbability the probability of a uniform random position instead of a step
 *     ({@code rand_rest_p})
 */
record ClimbingSettings(double epsilon, NoiseDistribution distribution, int neighbours,
        double randomRestartProbability) {

    /** The parameter names, in the order {@link #putInto(Map)} writes them. */
    static final List<String> NAMES = List.of("epsilon", "distribution", "n_neighbours", "rand_rest_p");

    /** Returns the defaults of Gradient-Free-Optimizers: epsilon 0.03, normal, 3 neighbours, rand_rest_p 0. */
    static ClimbingSettings defaults() {
        return new ClimbingSettings(0.03, NoiseDistribution.NORMAL, 3, 0.0);
    }

    ClimbingSettings withEpsilon(double value) {
        Checks.finite("epsilon", value);
        if (value < 0) {
            throw new IllegalArgumentException("epsilon must not be negative: " + value);
        }
        return new ClimbingSettings(value, distribution, neighbours, randomRestartProbability);
    }

    ClimbingSettings withDistribution(NoiseDistribution value) {
        Checks.notNull("distribution", value);
        return new ClimbingSettings(epsilon, value, neighbours, randomRestartProbability);
    }

    ClimbingSettings withNeighbours(int value) {
        Checks.positive("n_neighbours", value);
        return new ClimbingSettings(epsilon, distribution, value, randomRestartProbability);
    }

    ClimbingSettings withRandomRestartProbability(double value) {
        Checks.inRange("rand_rest_p", value, 0, 1);
        return new ClimbingSettings(epsilon, distribution, neighbours, value);
    }

    /** Reads the four shared parameters, keeping this object's values for absent ones. */
    ClimbingSettings parse(SpecParameters parameters) {
        return withEpsilon(parameters.getDouble("epsilon", epsilon))
                .withDistribution(NoiseDistribution.fromLabel(parameters.getChoice("distribution",
                        distribution.label(), NoiseDistribution.labels())))
                .withNeighbours(parameters.getInt("n_neighbours", neighbours))
                .withRandomRestartProbability(parameters.getDouble("rand_rest_p", randomRestartProbability));
    }

    /** Writes {@code epsilon}, {@code distribution}, {@code n_neighbours} and {@code rand_rest_p}, in that order. */
    void putInto(Map<String, Object> parameters) {
        parameters.put("epsilon", epsilon);
        parameters.put("distribution", distribution.label());
        parameters.put("n_neighbours", neighbours);
        parameters.put("rand_rest_p", randomRestartProbability);
    }
}
