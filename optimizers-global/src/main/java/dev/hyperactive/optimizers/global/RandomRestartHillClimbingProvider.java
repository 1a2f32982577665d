package dev.hyperactive.optimizers.global;

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
 * The provider of {@link RandomRestartHillClimbingOptimizer}, registered as
 * {@value RandomRestartHillClimbingOptimizer#NAME}.
 */
public final class RandomRestartHillClimbingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS =
            List.of("epsilon", "distribution", "n_neighbours", "n_iter_restart", "rand_rest_p");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public RandomRestartHillClimbingProvider() {
    }

    @Override
    public String name() {
        return RandomRestartHillClimbingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Random Restart Hill Climbing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public RandomRestartHillClimbingOptimizer defaultSpec() {
        return new RandomRestartHillClimbingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code n_iter_restart} and
     * {@code rand_rest_p}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public RandomRestartHillClimbingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(RandomRestartHillClimbingOptimizer.NAME, parameters, PARAMETERS);
        RandomRestartHillClimbingOptimizer defaults = defaultSpec();
        return defaults.withClimbing(defaults.climbing().parseStep(p))
                .restartInterval(p.getInt("n_iter_restart", defaults.restartInterval()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a random restart hill climbing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        RandomRestartHillClimbingOptimizer typed = SpecSupport.typed(spec, RandomRestartHillClimbingOptimizer.NAME,
                RandomRestartHillClimbingOptimizer.class, this::parse);
        return new RandomRestartHillClimbingRun(typed, context);
    }
}
