package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.OptimizerSpec;
import java.util.Map;

/**
 * Random search: every proposal is a position drawn uniformly at random, one index per dimension,
 * redrawn while it violates a constraint. It has no parameters.
 */
public final class RandomSearchOptimizer implements OptimizerSpec {

    /** The registry name, {@value}. */
    public static final String NAME = "random_search";

    /** Creates the spec. */
    public RandomSearchOptimizer() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Returns an empty map: random search has no parameters. */
    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RandomSearchOptimizer;
    }

    @Override
    public int hashCode() {
        return NAME.hashCode();
    }

    @Override
    public String toString() {
        return NAME + "{}";
    }
}
