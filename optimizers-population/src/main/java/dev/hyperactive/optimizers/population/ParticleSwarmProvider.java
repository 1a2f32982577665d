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

/** The provider of {@link ParticleSwarmOptimizer}, registered as {@value ParticleSwarmOptimizer#NAME}. */
public final class ParticleSwarmProvider implements OptimizerProvider {

    private static final List<String> PARAMETERS = List.of("population", "inertia", "cognitive_weight",
            "social_weight", "temp_weight", "rand_rest_p", "boundary");

    /** Creates the provider, as the engine does through {@link java.util.ServiceLoader}. */
    public ParticleSwarmProvider() {
    }

    @Override
    public String name() {
        return ParticleSwarmOptimizer.NAME;
    }

    @Override
    public String displayName() {
        return "Particle Swarm Optimization";
    }

    @Override
    public OptimizerFamily family() {
        return OptimizerFamily.POPULATION;
    }

    @Override
    public ParticleSwarmOptimizer defaultSpec() {
        return new ParticleSwarmOptimizer();
    }

    /**
     * Parses {@code population}, {@code inertia}, {@code cognitive_weight}, {@code social_weight},
     * {@code temp_weight}, {@code rand_rest_p} and {@code boundary}.
     *
     * @throws IllegalArgumentException if a name is unknown or a value is invalid
     */
    @Override
    public ParticleSwarmOptimizer parse(Map<String, String> parameters) {
        SpecParameters p = SpecParameters.of(ParticleSwarmOptimizer.NAME, parameters, PARAMETERS);
        ParticleSwarmOptimizer defaults = defaultSpec();
        return defaults
                .population(p.getInt("population", defaults.population()))
                .inertia(p.getDouble("inertia", defaults.inertia()))
                .cognitiveWeight(p.getDouble("cognitive_weight", defaults.cognitiveWeight()))
                .socialWeight(p.getDouble("social_weight", defaults.socialWeight()))
                .tempWeight(p.getDouble("temp_weight", defaults.tempWeight()))
                .randomRestartProbability(p.getDouble("rand_rest_p", defaults.randomRestartProbability()))
                .boundary(p.getChoice("boundary", defaults.boundary().label(), Boundary.labels()));
    }

    /**
     * Creates a run.
     *
     * @throws IllegalArgumentException if {@code spec} is not a particle swarm spec
     */
    @Override
    public AskTellOptimizer create(OptimizerSpec spec, OptimizerContext context) {
        Checks.notNull("context", context);
        ParticleSwarmOptimizer typed = SpecCasts.typed(spec, ParticleSwarmOptimizer.class,
                ParticleSwarmOptimizer.NAME, this::parse);
        return new ParticleSwarmRun(typed, context);
    }
}
