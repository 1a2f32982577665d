package dev.hyperactive.optimizers.population;

import dev.hyperactive.spi.AskTellOptimizer;
import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.Checks;
import dev.hyperactive.spi.OptimizerContext;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import dev.hyperactive.spi.SpecParameters;
import java.util.List;
import java.util.Map;

/** The provider of {@link CmaEsOptimizer}, registered as {@value CmaEsOptimizer#NAME}. */
public final class CmaEsProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "mu", "sigma", "ipop_restart", "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public CmaEsProvider() {
    }

    @Override
    public String name() {
        return CmaEsOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "CMA-ES";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public CmaEsOptimizer defaultSpec() {
        return new CmaEsOptimizer();
    }

    /**
     * Parses {@code population} and {@code mu} (an integer or {@value CmaEsOptimizer#AUTO}),
     * {@code sigma}, {@code ipop_restart} and {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public CmaEsOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(CmaEsOptimizer.NAME, parameters, PARAMETERS);
        CmaEsOptimizer defaults = defaultSpec();
        CmaEsOptimizer spec = defaults
                .sigma(p.getDouble("sigma", defaults.sigma()))
                .ipopRestart(p.getBoolean("ipop_restart", defaults.ipopRestart()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
        if (isSet(parameters, "population")) {
            spec = spec.population(p.getInt("population", 0));
        }
        if (isSet(parameters, "mu")) {
            spec = spec.mu(p.getInt("mu", 0));
        }
        return spec;
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a CMA-ES spec, or if its mu exceeds
     *     the population of the context's space
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        CmaEsOptimizer typed = SpecCasts.typed(spec, CmaEsOptimizer.class, CmaEsOptimizer.NAME, this::parse);
        return new CmaEsRun(typed, context);
    }

    /** Returns whether {@code name} was given a value other than {@value CmaEsOptimizer#AUTO}. */
    private static boolean isSet(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value != null && !value.trim().equals(CmaEsOptimizer.AUTO);
    }
}
