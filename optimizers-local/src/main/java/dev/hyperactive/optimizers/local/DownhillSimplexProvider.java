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

/** The provider of {@link DownhillSimplexOptimizer}, registered as {@value DownhillSimplexOptimizer#NAME}. */
public final class DownhillSimplexProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("alpha", "gamma", "beta", "sigma");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public DownhillSimplexProvider() {
    }

    @Override
    public String name() {
        return DownhillSimplexOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Downhill Simplex";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public DownhillSimplexOptimizer defaultSpec() {
        return new DownhillSimplexOptimizer();
    }

    /**
     * Parses {@code alpha}, {@code gamma}, {@code beta} and {@code sigma}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public DownhillSimplexOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(DownhillSimplexOptimizer.NAME, parameters, PARAMETERS);
        DownhillSimplexOptimizer defaults = defaultSpec();
        return defaults
                .alpha(p.getDouble("alpha", defaults.alpha()))
                .gamma(p.getDouble("gamma", defaults.gamma()))
                .beta(p.getDouble("beta", defaults.beta()))
                .sigma(p.getDouble("sigma", defaults.sigma()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a downhill simplex spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        DownhillSimplexOptimizer typed = ProviderSupport.typedSpec(spec, DownhillSimplexOptimizer.NAME,
                DownhillSimplexOptimizer.class, this::parse);
        return new DownhillSimplexRun(typed, context);
    }
}
