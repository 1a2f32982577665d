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

/** The provider of {@link PatternSearchOptimizer}, registered as {@value PatternSearchOptimizer#NAME}. */
public final class PatternSearchProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("n_positions", "pattern_size", "reduction", "rand_rest_p");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public PatternSearchProvider() {
    }

    @Override
    public String name() {
        return PatternSearchOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Pattern Search";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public PatternSearchOptimizer defaultSpec() {
        return new PatternSearchOptimizer();
    }

    /**
     * Parses {@code n_positions}, {@code pattern_size}, {@code reduction} and {@code rand_rest_p}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public PatternSearchOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(PatternSearchOptimizer.NAME, parameters, PARAMETERS);
        PatternSearchOptimizer defaults = defaultSpec();
        return defaults
                .positions(p.getInt("n_positions", defaults.positions()))
                .patternSize(p.getDouble("pattern_size", defaults.patternSize()))
                .reduction(p.getDouble("reduction", defaults.reduction()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a pattern search spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        PatternSearchOptimizer typed = SpecSupport.typed(spec, PatternSearchOptimizer.NAME,
                PatternSearchOptimizer.class, this::parse);
        return new PatternSearchRun(typed, context);
    }
}
