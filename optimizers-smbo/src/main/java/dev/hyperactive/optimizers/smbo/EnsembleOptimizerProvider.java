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

/** The provider of {@link EnsembleOptimizer}, registered as {@value EnsembleOptimizer#NAME}. */
public final class EnsembleOptimizerProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = SmboSettings.parameterNames("xi");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public EnsembleOptimizerProvider() {
    }

    @Override
    public String name() {
        return EnsembleOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Ensemble Optimizer";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.SMBO;
    }

    @Override
    public EnsembleOptimizer defaultSpec() {
        return new EnsembleOptimizer();
    }

    /**
     * Parses {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling},
     * {@code replacement} and {@code xi}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public EnsembleOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(EnsembleOptimizer.NAME, parameters, PARAMETERS);
        EnsembleOptimizer defaults = defaultSpec();
        SmboSettings settings = defaults.settings().parse(p, EnsembleOptimizer.NAME, parameters);
        return defaults.withSettings(settings).xi(p.getDouble("xi", defaults.xi()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a ensemble optimizer spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        EnsembleOptimizer typed = SpecCasts.typed(spec, EnsembleOptimizer.class, EnsembleOptimizer.NAME, this::parse);
        return new EnsembleRun(typed, context);
    }
}
