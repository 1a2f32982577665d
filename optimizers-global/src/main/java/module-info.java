/**
 * Global optimizers: random search, grid search, random restart hill climbing, random annealing,
 * Powell's method, pattern search, the Lipschitz optimizer and DIRECT.
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
            dev.hyperactive.optimizers.global.GridSearchProvider,
            dev.hyperactive.optimizers.global.RandomRestartHillClimbingProvider,
            dev.hyperactive.optimizers.global.RandomAnnealingProvider,
            dev.hyperactive.optimizers.global.PowellsMethodProvider,
            dev.hyperactive.optimizers.global.PatternSearchProvider,
            dev.hyperactive.optimizers.global.LipschitzProvider,
            dev.hyperactive.optimizers.global.DirectAlgorithmProvider;
}
