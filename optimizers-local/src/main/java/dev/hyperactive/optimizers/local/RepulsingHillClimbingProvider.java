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

/**
 * The provider of {@link RepulsingHillClimbingOptimizer}, registered as
 * {@value RepulsingHillClimbingOptimizer#NAME}.
 */
public final class RepulsingHillClimbingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = ProviderSupport.climbingParameters("repulsion_factor");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public RepulsingHillClimbingProvider() {
    }

    @Override
    public String name() {
        return RepulsingHillClimbingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Repulsing Hill Climbing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public RepulsingHillClimbingOptimizer defaultSpec() {
        return new RepulsingHillClimbingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code rand_rest_p} and
     * {@code repulsion_factor}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public RepulsingHillClimbingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(RepulsingHillClimbingOptimizer.NAME, parameters, PARAMETERS);
        RepulsingHillClimbingOptimizer defaults = defaultSpec();
        return defaults.withClimbing(defaults.climbing().parse(p))
                .repulsionFactor(p.getDouble("repulsion_factor", defaults.repulsionFactor()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a repulsing hill climbing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        RepulsingHillClimbingOptimizer typed = ProviderSupport.typedSpec(spec, RepulsingHillClimbingOptimizer.NAME,
                RepulsingHillClimbingOptimizer.class, this::parse);
        return new RepulsingHillClimbingRun(typed, context);
    }
}
