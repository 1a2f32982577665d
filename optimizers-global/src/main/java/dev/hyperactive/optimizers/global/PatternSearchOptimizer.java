package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pattern search (compass search): it probes the current position along the coordinate axes and
 * shrinks the pattern when no probe improves.
 *
 * <p>After the initial positions, the current position is the best initial one. The pattern has
 * {@code 2 * n_dims} probes: for each numeric dimension the current position moved by
 * {@code +-rint(s * size)} indices, clipped to the dimension, where {@code s} starts at
 * {@code pattern_size}; for each categorical dimension the current position with a uniformly drawn
 * other category. A round evaluates {@code min(n_positions, 2 * n_dims)} probes drawn without
 * replacement. Probes that equal the current position or violate a constraint are skipped. After a
 * round, the current position moves to the best evaluation of the round if its score is strictly
 * higher; otherwise {@code s} is multiplied by {@code reduction}. When {@code s} is too small to move
 * any numeric index and no dimension is categorical, it is reset to {@code pattern_size}, so the
 * search widens again around its best point. With probability {@code rand_rest_p} a proposal is a
 * uniform random position, which takes part in the round like a probe.
 *
 * <p>Departures from Gradient-Free-Optimizers, which shrinks the pattern when the best position is
 * among the recent evaluations and, in its newest version, moves the current position to every
 * evaluated probe whatever its score: here the current position moves only to a better point and
 * the pattern shrinks after a round without improvement, as compass search does, because following
 * worse probes turns the search into a random walk. A round also samples from all
 * {@code 2 * n_dims} probes rather than capping the count at {@code n_dims}.
 *
 * <p>Specs are immutable: every setter returns a new spec.
 */
public final class PatternSearchOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "pattern_search";

    private final int positions;
    private final double patternSize;
    private final double reduction;
    private final double randomRestartProbability;

    /**
     * Creates the spec with the defaults of Gradient-Free-Optimizers: n_positions 4, pattern_size
     * 0.25, reduction 0.9, rand_rest_p 0.
     */
    public PatternSearchOptimizer() {
        this(4, 0.25, 0.9, 0.0);
    }

    private PatternSearchOptimizer(int positions, double patternSize, double reduction,
            double randomRestartProbability) {
        this.positions = positions;
        this.patternSize = patternSize;
        this.reduction = reduction;
        this.randomRestartProbability = randomRestartProbability;
    }

    /**
     * Returns a spec that evaluates up to {@code positions} probes per round ({@code n_positions}).
     *
     * @throws IllegalArgumentException if {@code positions} is not positive
     */
    public PatternSearchOptimizer positions(int positions) {
        Checks.positive("n_positions", positions);
        return new PatternSearchOptimizer(positions, patternSize, reduction, randomRestartProbability);
    }

    /**
     * Returns a spec whose first pattern steps {@code size} times each dimension's number of values
     * ({@code pattern_size}).
     *
     * @throws IllegalArgumentException if {@code size} is not a positive finite number
     */
    public PatternSearchOptimizer patternSize(double size) {
        Checks.positive("pattern_size", size);
        return new PatternSearchOptimizer(positions, size, reduction, randomRestartProbability);
    }

    /**
     * Returns a spec that multiplies the pattern size by {@code reduction} after a round without
     * improvement ({@code reduction}).
     *
     * @throws IllegalArgumentException if {@code reduction} is not in [0, 1]
     */
    public PatternSearchOptimizer reduction(double reduction) {
        Checks.inRange("reduction", reduction, 0, 1);
        return new PatternSearchOptimizer(positions, patternSize, reduction, randomRestartProbability);
    }

    /**
     * Returns a spec that replaces a probe by a uniform random position with the given probability
     * ({@code rand_rest_p}).
     *
     * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
     */
    public PatternSearchOptimizer randomRestartProbability(double probability) {
        Checks.inRange("rand_rest_p", probability, 0, 1);
        return new PatternSearchOptimizer(positions, patternSize, reduction, probability);
    }

    /** Returns the maximum number of probes per round. */
    public int positions() {
        return positions;
    }

    /** Returns the first pattern step as a fraction of each dimension's number of values. */
    public double patternSize() {
        return patternSize;
    }

    /** Returns the factor applied to the pattern size after a round without improvement. */
    public double reduction() {
        return reduction;
    }

    /** Returns the probability of a uniform random position instead of a probe. */
    public double randomRestartProbability() {
        return randomRestartProbability;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns {@code n_positions}, {@code pattern_size}, {@code reduction} and {@code rand_rest_p}, in that order. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("n_positions", positions);
        parameters.put("pattern_size", patternSize);
        parameters.put("reduction", reduction);
        parameters.put("rand_rest_p", randomRestartProbability);
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PatternSearchOptimizer)) {
            return false;
        }
        PatternSearchOptimizer other = (PatternSearchOptimizer) o;
        return other.positions == positions && Double.compare(other.patternSize, patternSize) == 0
                && Double.compare(other.reduction, reduction) == 0
                && Double.compare(other.randomRestartProbability, randomRestartProbability) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(positions, patternSize, reduction, randomRestartProbability);
    }

    @Override
    public String toString() {
        return NAME + parameters();
    }
}
