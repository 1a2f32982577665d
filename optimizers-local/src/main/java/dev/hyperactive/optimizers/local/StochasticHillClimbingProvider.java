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
 * The provider of {@link StochasticHillClimbingOptimizer}, registered as
 * {@value StochasticHillClimbingOptimizer#NAME}.
 */
public final class StochasticHillClimbingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = ProviderSupport.climbingParameters("p_accept");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public StochasticHillClimbingProvider() {
    }

    @Override
    public String name() {
        return StochasticHillClimbingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Stochastic Hill Climbing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public StochasticHillClimbingOptimizer defaultSpec() {
        return new StochasticHillClimbingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code rand_rest_p} and
     * {@code p_accept}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public StochasticHillClimbingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(StochasticHillClimbingOptimizer.NAME, parameters, PARAMETERS);
        StochasticHillClimbingOptimizer defaults = defaultSpec();
        return defaults.withClimbing(defaults.climbing().parse(p))
                .acceptProbability(p.getDouble("p_accept", defaults.acceptProbability()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a stochastic hill climbing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        StochasticHillClimbingOptimizer typed = ProviderSupport.typedSpec(spec, StochasticHillClimbingOptimizer.NAME,
                StochasticHillClimbingOptimizer.class, this::parse);
        return new StochasticHillClimbingRun(typed, context);
    }
}
