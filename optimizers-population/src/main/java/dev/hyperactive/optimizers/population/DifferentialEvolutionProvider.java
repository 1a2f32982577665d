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

/**
 * The provider of {@link DifferentialEvolutionOptimizer}, registered as
 * {@value DifferentialEvolutionOptimizer#NAME}.
 */
public final class DifferentialEvolutionProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "mutation_rate", "crossover_rate",
            "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public DifferentialEvolutionProvider() {
    }

    @Override
    public String name() {
        return DifferentialEvolutionOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Differential Evolution";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public DifferentialEvolutionOptimizer defaultSpec() {
        return new DifferentialEvolutionOptimizer();
    }

    /**
     * Parses {@code population}, {@code mutation_rate}, {@code crossover_rate} and {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public DifferentialEvolutionOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(DifferentialEvolutionOptimizer.NAME, parameters, PARAMETERS);
        DifferentialEvolutionOptimizer defaults = defaultSpec();
        return defaults
                .population(p.getInt("population", defaults.population()))
                .mutationRate(p.getDouble("mutation_rate", defaults.mutationRate()))
                .crossoverRate(p.getDouble("crossover_rate", defaults.crossoverRate()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a differential evolution spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        DifferentialEvolutionOptimizer typed = SpecCasts.typed(spec, DifferentialEvolutionOptimizer.class,
                DifferentialEvolutionOptimizer.NAME, this::parse);
        return new DifferentialEvolutionRun(typed, context);
    }
}
