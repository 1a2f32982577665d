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

/**
 * The provider of {@link TreeStructuredParzenEstimators}, registered as
 * {@value TreeStructuredParzenEstimators#NAME}.
 */
public final class TreeStructuredParzenEstimatorsProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = SmboSettings.parameterNames("gamma_tpe");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public TreeStructuredParzenEstimatorsProvider() {
    }

    @Override
    public String name() {
        return TreeStructuredParzenEstimators.NAME;
    }

    @Override
    public String displayName() {
        return "Tree Structured Parzen Estimators";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.SMBO;
    }

    @Override
    public TreeStructuredParzenEstimators defaultSpec() {
        return new TreeStructuredParzenEstimators();
    }

    /**
     * Parses {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling},
     * {@code replacement} and {@code gamma_tpe}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public TreeStructuredParzenEstimators parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(TreeStructuredParzenEstimators.NAME, parameters, PARAMETERS);
        TreeStructuredParzenEstimators defaults = defaultSpec();
        SmboSettings settings = defaults.settings().parse(p, TreeStructuredParzenEstimators.NAME, parameters);
        return defaults.withSettings(settings).gamma(p.getDouble("gamma_tpe", defaults.gamma()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a TPE spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        TreeStructuredParzenEstimators typed = SpecCasts.typed(spec, TreeStructuredParzenEstimators.class, TreeStructuredParzenEstimators.NAME, this::parse);
        return new TpeRun(typed, context);
    }
}
