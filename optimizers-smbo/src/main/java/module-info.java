/**
 * Sequential model-based optimizers: Bayesian optimization, tree-structured Parzen estimators,
 * forest and ensemble optimizers.
 *
 * <p>The package {@code dev.hyperactive.optimizers.smbo} contains the typed specs users construct,
 * such as {@code new BayesianOptimizer().xi(0.05)}, and the providers that the engine finds through
 * {@link java.util.ServiceLoader}. The module needs only {@code dev.hyperactive.api}: its linear
 * algebra and surrogate models are its own.
 */
module dev.hyperactive.optimizers.smbo {
    requires dev.hyperactive.api;

    exports dev.hyperactive.optimizers.smbo;

    provides dev.hyperactive.spi.OptimizerProvider with
            dev.hyperactive.optimizers.smbo.BayesianOptimizerProvider,
            dev.hyperactive.optimizers.smbo.TreeStructuredParzenEstimatorsProvider,
            dev.hyperactive.optimizers.smbo.ForestOptimizerProvider,
            dev.hyperactive.optimizers.smbo.EnsembleOptimizerProvider;
}
