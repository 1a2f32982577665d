/**
 * Global optimizers: random search and grid search.
 *
 * <p>The package {@code dev.hyperactive.optimizers.global} contains the typed specs users construct,
 * such as {@code new GridSearchOptimizer().direction("orthogonal")}, and the providers that the
 * engine finds through {@link java.util.ServiceLoader}.
 */
module dev.hyperactive.optimizers.global {
    requires dev.hyperactive.api;

    exports dev.hyperactive.optimizers.global;

    provides dev.hyperactive.spi.OptimizerProvider with
            dev.hyperactive.optimizers.global.RandomSearchProvider,
            dev.hyperactive.optimizers.global.GridSearchProvider;
}
