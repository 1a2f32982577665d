package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link SpiralOptimizer}, registered as {@value SpiralOptimizer#NAME}. */
public final class SpiralOptimizationProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "decay_rate", "rand_rest_p",
            "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public SpiralOptimizationProvider() {
    }

    @Override
    public String name() {
        return SpiralOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Spiral Optimization";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public SpiralOptimizer defaultSpec() {
        return new SpiralOptimizer();
    }

    /**
     * Parses {@code population}, {@code decay_rate}, {@code rand_rest_p} and {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public SpiralOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(SpiralOptimizer.NAME, parameters, PARAMETERS);
        SpiralOptimizer defaults = defaultSpec();
        return defaults
                .population(p.getInt("population", defaults.population()))
                .decayRate(p.getDouble("decay_rate", defaults.decayRate()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a spiral optimization spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        SpiralOptimizer typed = SpecCasts.typed(spec, SpiralOptimizer.class,
                SpiralOptimizer.NAME, this::parse);
        return new SpiralRun(typed, context);
    }
}
