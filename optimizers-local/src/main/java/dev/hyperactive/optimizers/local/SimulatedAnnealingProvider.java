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

/** The provider of {@link SimulatedAnnealingOptimizer}, registered as {@value SimulatedAnnealingOptimizer#NAME}. */
public final class SimulatedAnnealingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS =
            ProviderSupport.climbingParameters("annealing_rate", "start_temp");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public SimulatedAnnealingProvider() {
    }

    @Override
    public String name() {
        return SimulatedAnnealingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Simulated Annealing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public SimulatedAnnealingOptimizer defaultSpec() {
        return new SimulatedAnnealingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours}, {@code rand_rest_p},
     * {@code annealing_rate} and {@code start_temp}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public SimulatedAnnealingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(SimulatedAnnealingOptimizer.NAME, parameters, PARAMETERS);
        SimulatedAnnealingOptimizer defaults = defaultSpec();
        return defaults.withClimbing(defaults.climbing().parse(p))
                .annealingRate(p.getDouble("annealing_rate", defaults.annealingRate()))
                .startTemperature(p.getDouble("start_temp", defaults.startTemperature()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a simulated annealing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        SimulatedAnnealingOptimizer typed = ProviderSupport.typedSpec(spec, SimulatedAnnealingOptimizer.NAME,
                SimulatedAnnealingOptimizer.class, this::parse);
        return new SimulatedAnnealingRun(typed, context);
    }
}
