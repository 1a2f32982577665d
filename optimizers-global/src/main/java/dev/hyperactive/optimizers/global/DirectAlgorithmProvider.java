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

/** The provider of {@link DirectAlgorithmOptimizer}, registered as {@value DirectAlgorithmOptimizer#NAME}. */
public final class DirectAlgorithmProvider implements OptimizerProvider {

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public DirectAlgorithmProvider() {
    }

    @Override
    public String name() {
        return DirectAlgorithmOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Direct Algorithm";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.GLOBAL;
    }

    @Override
    public DirectAlgorithmOptimizer defaultSpec() {
        return new DirectAlgorithmOptimizer();
    }

    /**
     * Returns the spec, after checking that no parameter is given: DIRECT has none.
     *
     * @throws IllegalArgumentException if {@code parameters} is not empty
     */
    @Override
    public DirectAlgorithmOptimizer parse(Map<String, String> parameters) {
        SpecParameters.of(DirectAlgorithmOptimizer.NAME, parameters, List.of());
        return new DirectAlgorithmOptimizer();
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a DIRECT spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        SpecSupport.typed(spec, DirectAlgorithmOptimizer.NAME, DirectAlgorithmOptimizer.class, this::parse);
        return new DirectAlgorithmRun(context);
    }
}
