/**
 * Local optimizers that search around a current point: hill climbing.
 *
 * <p>The package {@code dev.hyperactive.optimizers.local} contains the typed specs users construct,
 * such as {@code new HillClimbingOptimizer().epsilon(0.05)}, and the providers that the engine
 * finds through {@link java.util.ServiceLoader}.
 */
module dev.hyperactive.optimizers.local {
    requires dev.hyperactive.api;

    exports dev.hyperactive.optimizers.local;

    provides dev.hyperactive.spi.OptimizerProvider with
            dev.hyperactive.optimizers.local.HillClimbingProvider;
}
