package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link HillClimbingOptimizer}, registered as {@value HillClimbingOptimizer#NAME}. */
public final class HillClimbingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = ProviderSupport.climbingParameters();

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public HillClimbingProvider() {
    }

    @Override
    public String name() {
        return HillClimbingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Hill Climbing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public HillClimbingOptimizer defaultSpec() {
        return new HillClimbingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours} and {@code rand_rest_p}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public HillClimbingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(HillClimbingOptimizer.NAME, parameters, PARAMETERS);
        HillClimbingOptimizer defaults = defaultSpec();
        return defaults.withClimbing(defaults.climbing().parse(p));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a hill climbing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        HillClimbingOptimizer typed = ProviderSupport.typedSpec(spec, HillClimbingOptimizer.NAME,
                HillClimbingOptimizer.class, this::parse);
        return new HillClimbingRun(typed, context);
    }
}
