package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link ParallelTemperingOptimizer}, registered as {@value ParallelTemperingOptimizer#NAME}. */
public final class ParallelTemperingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "n_iter_swap", "epsilon",
            "distribution", "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public ParallelTemperingProvider() {
    }

    @Override
    public String name() {
        return ParallelTemperingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Parallel Tempering";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public ParallelTemperingOptimizer defaultSpec() {
        return new ParallelTemperingOptimizer();
    }

    /**
     * Parses {@code population}, {@code n_iter_swap}, {@code epsilon}, {@code distribution} and
     * {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public ParallelTemperingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(ParallelTemperingOptimizer.NAME, parameters, PARAMETERS);
        ParallelTemperingOptimizer defaults = defaultSpec();
        return defaults
                .population(p.getInt("population", defaults.population()))
                .swapInterval(p.getInt("n_iter_swap", defaults.swapInterval()))
                .epsilon(p.getDouble("epsilon", defaults.epsilon()))
                .distribution(p.getChoice("distribution", defaults.distribution().label(),
                        NoiseDistribution.labels()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a parallel tempering spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        ParallelTemperingOptimizer typed = SpecCasts.typed(spec, ParallelTemperingOptimizer.class,
                ParallelTemperingOptimizer.NAME, this::parse);
        return new ParallelTemperingRun(typed, context);
    }
}
