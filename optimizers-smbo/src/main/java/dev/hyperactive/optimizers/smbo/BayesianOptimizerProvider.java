package dev.hyperactive.optimizers.smbo;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link BayesianOptimizer}, registered as {@value BayesianOptimizer#NAME}. */
public final class BayesianOptimizerProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = SmboSettings.parameterNames("xi");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public BayesianOptimizerProvider() {
    }

    @Override
    public String name() {
        return BayesianOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Bayesian Optimization";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.SMBO;
    }

    @Override
    public BayesianOptimizer defaultSpec() {
        return new BayesianOptimizer();
    }

    /**
     * Parses {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling} ({@code false}, a
     * count, or {@code {"random": count}}), {@code replacement} and {@code xi}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public BayesianOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(BayesianOptimizer.NAME, parameters, PARAMETERS);
        BayesianOptimizer defaults = defaultSpec();
        SmboSettings settings = defaults.settings().parse(p, BayesianOptimizer.NAME, parameters);
        return defaults.withSettings(settings).xi(p.getDouble("xi", defaults.xi()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a Bayesian optimization spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        BayesianOptimizer typed = SpecCasts.typed(spec, BayesianOptimizer.class, BayesianOptimizer.NAME, this::parse);
        return new BayesianRun(typed, context);
    }
}
