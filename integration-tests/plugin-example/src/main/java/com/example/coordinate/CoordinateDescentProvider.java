package com.example.coordinate;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The provider of {@link CoordinateDescentOptimizer}, registered as
 * {@value CoordinateDescentOptimizer#NAME}. The engine finds it through
 * {@link java.util.ServiceLoader} because module-info declares it with {@code provides}.
 */
public final class CoordinateDescentProvider implements OptimizerProvider {

    /** Creates the provider; ServiceLoader calls this constructor. */
    public CoordinateDescentProvider() {
    }

    @Override
    public String name() {
        return CoordinateDescentOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Coordinate Descent";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public CoordinateDescentOptimizer defaultSpec() {
        return new CoordinateDescentOptimizer();
    }

    /**
     * Parses {@code step} and {@code shrink}; absent ones keep their defaults.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is not a number in range
     */
    @Override
    public CoordinateDescentOptimizer parse(Map<String, String> parameters) {
        SpecParameters values = SpecParameters.of(CoordinateDescentOptimizer.NAME, parameters,
                List.of("step", "shrink"));
        return new CoordinateDescentOptimizer()
                .step(values.getDouble("step", CoordinateDescentOptimizer.DEFAULT_STEP))
                .shrink(values.getDouble("shrink", CoordinateDescentOptimizer.DEFAULT_SHRINK));
    }

    /**
     * Creates a run of a typed or named spec.
     *
     * @throws IllegalArgumentException if {@code spec} belongs to another optimizer
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(context, "context");

        CoordinateDescentOptimizer typed;
        if (spec instanceof CoordinateDescentOptimizer coordinate) {
            typed = coordinate;
        } else if (spec instanceof NamedOptimizerSpec named && named.name().equals(CoordinateDescentOptimizer.NAME)) {
            typed = parse(named.rawParameters());
        } else {
            throw new IllegalArgumentException("the " + CoordinateDescentOptimizer.NAME
                    + " provider cannot create a run of optimizer " + spec.name() + ": " + spec);
        }
        return new CoordinateDescentRun(typed, context);
    }
}
