package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link GridSearchOptimizer}, registered as {@value GridSearchOptimizer#NAME}. */
public final class GridSearchProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("step_size", "direction");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public GridSearchProvider() {
    }

    @Override
    public String name() {
        return GridSearchOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Grid Search";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public GridSearchOptimizer defaultSpec() {
        return new GridSearchOptimizer();
    }

    /**
     * Parses {@code step_size} and {@code direction}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public GridSearchOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(GridSearchOptimizer.NAME, parameters, PARAMETERS);
        GridSearchOptimizer defaults = defaultSpec();
        return defaults
                .stepSize(p.getInt("step_size", defaults.stepSize()))
                .direction(p.getChoice("direction", defaults.direction(),
                        GridSearchOptimizer.DIAGONAL, GridSearchOptimizer.ORTHOGONAL));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a grid search spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        GridSearchOptimizer typed;
        if (spec instanceof GridSearchOptimizer) {
            typed = (GridSearchOptimizer) spec;
        } else if (spec instanceof NamedOptimizerSpec && spec.name().equals(GridSearchOptimizer.NAME)) {
            typed = parse(((NamedOptimizerSpec) spec).rawParameters());
        } else {
            throw new IllegalArgumentException("the " + GridSearchOptimizer.NAME
                    + " provider cannot create a run of optimizer " + spec.name() + ": " + spec);
        }
        return new GridSearchRun(typed, context);
    }
}
