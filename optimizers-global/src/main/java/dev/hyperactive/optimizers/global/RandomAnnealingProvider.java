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

/** The provider of {@link RandomAnnealingOptimizer}, registered as {@value RandomAnnealingOptimizer#NAME}. */
public final class RandomAnnealingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("epsilon", "distribution", "n_neighbours",
            "annealing_rate", "start_temp", "rand_rest_p");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public RandomAnnealingProvider() {
    }

    @Override
    public String name() {
        return RandomAnnealingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Random Annealing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public RandomAnnealingOptimizer defaultSpec() {
        return new RandomAnnealingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code annealing_rate},
     * {@code start_temp} and {@code rand_rest_p}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public RandomAnnealingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(RandomAnnealingOptimizer.NAME, parameters, PARAMETERS);
        RandomAnnealingOptimizer defaults = defaultSpec();
        return defaults.withClimbing(defaults.climbing().parseStep(p))
                .annealingRate(p.getDouble("annealing_rate", defaults.annealingRate()))
                .startTemperature(p.getDouble("start_temp", defaults.startTemperature()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a random annealing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        RandomAnnealingOptimizer typed = SpecSupport.typed(spec, RandomAnnealingOptimizer.NAME,
                RandomAnnealingOptimizer.class, this::parse);
        return new RandomAnnealingRun(typed, context);
    }
}
