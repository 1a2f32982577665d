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

/** The provider of {@link LipschitzOptimizer}, registered as {@value LipschitzOptimizer#NAME}. */
public final class LipschitzProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("max_sample_size", "sampling", "warm_start_smbo");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public LipschitzProvider() {
    }

    @Override
    public String name() {
        return LipschitzOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Lipschitz Optimizer";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public LipschitzOptimizer defaultSpec() {
        return new LipschitzOptimizer();
    }

    /**
     * Parses {@code max_sample_size}, {@code sampling} and {@code warm_start_smbo}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public LipschitzOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(LipschitzOptimizer.NAME, parameters, PARAMETERS);
        LipschitzOptimizer defaults = defaultSpec();
        return defaults
                .maxSampleSize(p.getInt("max_sample_size", defaults.maxSampleSize()))
                .sampling(p.getInt("sampling", defaults.sampling()))
                .warmStart(p.getBoolean("warm_start_smbo", defaults.warmStart()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a Lipschitz optimizer spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        LipschitzOptimizer typed = SpecSupport.typed(spec, LipschitzOptimizer.NAME, LipschitzOptimizer.class,
                this::parse);
        return new LipschitzRun(typed, context);
    }
}
