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

/** The provider of {@link EvolutionStrategyOptimizer}, registered as {@value EvolutionStrategyOptimizer#NAME}. */
public final class EvolutionStrategyProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "offspring", "replace_parents",
            "mutation_rate", "crossover_rate", "rand_rest_p", "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public EvolutionStrategyProvider() {
    }

    @Override
    public String name() {
        return EvolutionStrategyOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Evolution Strategy";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public EvolutionStrategyOptimizer defaultSpec() {
        return new EvolutionStrategyOptimizer();
    }

    /**
     * Parses {@code population}, {@code offspring}, {@code replace_parents}, {@code mutation_rate},
     * {@code crossover_rate}, {@code rand_rest_p} and {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public EvolutionStrategyOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(EvolutionStrategyOptimizer.NAME, parameters, PARAMETERS);
        EvolutionStrategyOptimizer defaults = defaultSpec();
        return defaults
                .population(p.getInt("population", defaults.population()))
                .offspring(p.getInt("offspring", defaults.offspring()))
                .replaceParents(p.getBoolean("replace_parents", defaults.replaceParents()))
                .mutationRate(p.getDouble("mutation_rate", defaults.mutationRate()))
                .crossoverRate(p.getDouble("crossover_rate", defaults.crossoverRate()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not an evolution strategy spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        EvolutionStrategyOptimizer typed = SpecCasts.typed(spec, EvolutionStrategyOptimizer.class,
                EvolutionStrategyOptimizer.NAME, this::parse);
        return new EvolutionStrategyRun(typed, context);
    }
}
