/**
 * Population-based optimizers: parallel tempering, particle swarm, spiral optimization, genetic
 * algorithm, evolution strategy, differential evolution and CMA-ES.
 *
 * <p>The package {@code dev.hyperactive.optimizers.population} contains the typed specs users
 * construct, such as {@code new ParticleSwarmOptimizer().inertia(0.7)}, and the providers that the
 * engine finds through {@link java.util.ServiceLoader}.
 */
module dev.hyperactive.optimizers.population {
    requires dev.hyperactive.api;

    exports dev.hyperactive.optimizers.population;

    provides dev.hyperactive.spi.OptimizerProvider with
            dev.hyperactive.optimizers.population.ParallelTemperingProvider,
            dev.hyperactive.optimizers.population.ParticleSwarmProvider,
            dev.hyperactive.optimizers.population.SpiralOptimizationProvider,
            dev.hyperactive.optimizers.population.GeneticAlgorithmProvider,
            dev.hyperactive.optimizers.population.EvolutionStrategyProvider,
            dev.hyperactive.optimizers.population.DifferentialEvolutionProvider,
            dev.hyperactive.optimizers.population.CmaEsProvider;
}
