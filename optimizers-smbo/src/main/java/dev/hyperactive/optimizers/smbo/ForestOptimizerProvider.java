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

/** The provider of {@link ForestOptimizer}, registered as {@value ForestOptimizer#NAME}. */
public final class ForestOptimizerProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = SmboSettings.parameterNames("tree_regressor", "tree_para", "xi");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public ForestOptimizerProvider() {
    }

    @Override
    public String name() {
        return ForestOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Forest Optimization";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.SMBO;
    }

    @Override
    public ForestOptimizer defaultSpec() {
        return new ForestOptimizer();
    }

    /**
     * Parses {@code warm_start_smbo}, {@code max_sample_size}, {@code sampling},
     * {@code replacement}, {@code tree_regressor}, {@code tree_para} and {@code xi}.
     * {@code tree_para} accepts {@code {"n_estimators": 50, "max_depth": 8}}, the same without quotes
     * or braces, and {@code =} in place of {@code :}; a key it does not name keeps its default.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public ForestOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(ForestOptimizer.NAME, parameters, PARAMETERS);
        ForestOptimizer defaults = defaultSpec();
        SmboSettings settings = defaults.settings().parse(p, ForestOptimizer.NAME, parameters);
        ForestOptimizer spec = defaults.withSettings(settings)
                .treeRegressor(p.getChoice("tree_regressor", defaults.treeRegressor(),
                        ForestOptimizer.TREE_REGRESSORS.toArray(new String[0])))
                .xi(p.getDouble("xi", defaults.xi()));
        if (p.has("tree_para")) {
            Map<String, Integer> treePara = DictionaryParameter.parseIntegers(ForestOptimizer.NAME, "tree_para",
                    parameters.get("tree_para"), List.of("n_estimators", "max_depth"));
            if (treePara.containsKey("n_estimators")) {
                spec = spec.estimators(treePara.get("n_estimators"));
            }
            if (treePara.containsKey("max_depth")) {
                spec = spec.maxDepth(treePara.get("max_depth"));
            }
        }
        return spec;
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a forest optimizer spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        ForestOptimizer typed = SpecCasts.typed(spec, ForestOptimizer.class, ForestOptimizer.NAME, this::parse);
        return new ForestRun(typed, context);
    }
}
