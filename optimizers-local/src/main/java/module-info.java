/**
 * Local optimizers that search around a current point: hill climbing, stochastic hill climbing,
 * repulsing hill climbing, simulated annealing and downhill simplex.
 *
 * <p>The package {@code dev.hyperactive.optimizers.local} contains the typed specs users construct,
 * such as {@code new SimulatedAnnealingOptimizer().annealingRate(0.95)}, and the providers that the
 * engine finds through {@link java.util.ServiceLoader}.
 */
module dev.hyperactive.optimizers.local {
    requires dev.hyperactive.api;

    exports dev.hyperactive.optimizers.local;

    provides dev.hyperactive.spi.OptimizerProvider with
            dev.hyperactive.optimizers.local.HillClimbingProvider,
            dev.hyperactive.optimizers.local.StochasticHillClimbingProvider,
            dev.hyperactive.optimizers.local.RepulsingHillClimbingProvider,
            dev.hyperactive.optimizers.local.SimulatedAnnealingProvider,
            dev.hyperactive.optimizers.local.DownhillSimplexProvider;
}
