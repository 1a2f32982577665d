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

/** The provider of {@link GeneticAlgorithmOptimizer}, registered as {@value GeneticAlgorithmOptimizer#NAME}. */
public final class GeneticAlgorithmProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "offspring", "crossover",
            "n_parents", "mutation_rate", "crossover_rate", "rand_rest_p", "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public GeneticAlgorithmProvider() {
    }

    @Override
    public String name() {
        return GeneticAlgorithmOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Genetic Algorithm";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public GeneticAlgorithmOptimizer defaultSpec() {
        return new GeneticAlgorithmOptimizer();
    }

    /**
     * Parses {@code population}, {@code offspring}, {@code crossover}, {@code n_parents},
     * {@code mutation_rate}, {@code crossover_rate}, {@code rand_rest_p} and {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public GeneticAlgorithmOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(GeneticAlgorithmOptimizer.NAME, parameters, PARAMETERS);
        GeneticAlgorithmOptimizer defaults = defaultSpec();
        return defaults
                .population(p.getInt("population", defaults.population()))
                .offspring(p.getInt("offspring", defaults.offspring()))
                .crossover(p.getChoice("crossover", defaults.crossover(),
                        GeneticAlgorithmOptimizer.DISCRETE_RECOMBINATION))
                .parents(p.getInt("n_parents", defaults.parents()))
                .crossoverRate(p.getDouble("crossover_rate", defaults.crossoverRate()))
                .mutationRate(p.getDouble("mutation_rate", defaults.mutationRate()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a genetic algorithm spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        GeneticAlgorithmOptimizer typed = SpecCasts.typed(spec, GeneticAlgorithmOptimizer.class,
                GeneticAlgorithmOptimizer.NAME, this::parse);
        return new GeneticAlgorithmRun(typed, context);
    }
}
