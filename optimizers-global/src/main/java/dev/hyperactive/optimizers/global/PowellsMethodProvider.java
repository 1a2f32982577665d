package dev.hyperactive.optimizers.global;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link PowellsMethodOptimizer}, registered as {@value PowellsMethodOptimizer#NAME}. */
public final class PowellsMethodProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("iters_p_dim", "line_search", "epsilon",
            "distribution", "convergence_threshold", "rand_rest_p");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public PowellsMethodProvider() {
    }

    @Override
    public String name() {
        return PowellsMethodOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Powell's Method";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public PowellsMethodOptimizer defaultSpec() {
        return new PowellsMethodOptimizer();
    }

    /**
     * Parses {@code iters_p_dim}, {@code line_search}, {@code epsilon}, {@code distribution},
     * {@code convergence_threshold} and {@code rand_rest_p}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public PowellsMethodOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(PowellsMethodOptimizer.NAME, parameters, PARAMETERS);
        PowellsMethodOptimizer defaults = defaultSpec();
        return defaults
                .pointsPerLine(p.getInt("iters_p_dim", defaults.pointsPerLine()))
                .lineSearch(p.getChoice("line_search", defaults.lineSearch(), PowellsMethodOptimizer.GRID,
                        PowellsMethodOptimizer.GOLDEN, PowellsMethodOptimizer.HILL_CLIMB))
                .epsilon(p.getDouble("epsilon", defaults.epsilon()))
                .distribution(p.getChoice("distribution", defaults.distribution().label(),
                        NoiseDistribution.labels()))
                .convergenceThreshold(p.getDouble("convergence_threshold", defaults.convergenceThreshold()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a Powell's method spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        PowellsMethodOptimizer typed = SpecSupport.typed(spec, PowellsMethodOptimizer.NAME,
                PowellsMethodOptimizer.class, this::parse);
        return new PowellsMethodRun(typed, context);
    }
}
