package dev.hyperactive.optimizers.local;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.NamedOptimizerSpec;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link HillClimbingOptimizer}, registered as {@value HillClimbingOptimizer#NAME}. */
public final class HillClimbingProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("epsilon", "distribution", "n_neighbours", "rand_rest_p");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public HillClimbingProvider() {
    }

    @Override
    public String name() {
        return HillClimbingOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Hill Climbing";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.LOCAL;
    }

    @Override
    public HillClimbingOptimizer defaultSpec() {
        return new HillClimbingOptimizer();
    }

    /**
     * Parses {@code epsilon}, {@code distribution}, {@code n_neighbours} and {@code rand_rest_p}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public HillClimbingOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(HillClimbingOptimizer.NAME, parameters, PARAMETERS);
        HillClimbingOptimizer defaults = defaultSpec();
        return defaults
                .epsilon(p.getDouble("epsilon", defaults.epsilon()))
                .distribution(p.getChoice("distribution", defaults.distribution().label(),
                        NoiseDistribution.labels()))
                .neighbours(p.getInt("n_neighbours", defaults.neighbours()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a hill climbing spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("spec", spec);
        Checks.notNull("context", context);
        HillClimbingOptimizer typed;
        if (spec instanceof HillClimbingOptimizer) {
            typed = (HillClimbingOptimizer) spec;
        } else if (spec instanceof NamedOptimizerSpec && spec.name().equals(HillClimbingOptimizer.NAME)) {
            typed = parse(((NamedOptimizerSpec) spec).rawParameters());
        } else {
            throw new IllegalArgumentException("the " + HillClimbingOptimizer.NAME
                    + " provider cannot create a run of optimizer " + spec.name() + ": " + spec);
        }
        return new HillClimbingRun(typed, context);
    }
}
