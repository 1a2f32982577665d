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

/** The provider of {@link RandomSearchOptimizer}, registered as {@value RandomSearchOptimizer#NAME}. */
public final class RandomSearchProvider implements OptimizerProvider {

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public RandomSearchProvider() {
    }

    @Override
    public String name() {
        return RandomSearchOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Random Search";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public RandomSearchOptimizer defaultSpec() {
        return new RandomSearchOptimizer();
    }

    /**
     * Returns the spec, after checking that no parameter is given: random search has none.
     *
     * @throws IllegalArgumentException if {@code parameters} is not empty
     */
    @Override
    public RandomSearchOptimizer parse(Map<String, String> parameters) {
        SpecParameters.of(RandomSearchOptimizer.NAME, parameters, List.of());
        return new RandomSearchOptimizer();
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a random search spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        if (spec instanceof NamedOptimizerSpec && spec.name().equals(RandomSearchOptimizer.NAME)) {
            parse(((NamedOptimizerSpec) spec).rawParameters());
        } else if (!(spec instanceof RandomSearchOptimizer)) {
            throw new IllegalArgumentException("the " + RandomSearchOptimizer.NAME
                    + " provider cannot create a run of optimizer " + spec.name() + ": " + spec);
        }
        return new RandomSearchRun(context);
    }
}
