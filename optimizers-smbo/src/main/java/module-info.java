/**
 * Sequential model-based optimizers: Bayesian optimization, tree-structured Parzen estimators,
 * forest and ensemble optimizers.
 */
module dev.hyperactive.optimizers.smbo {
    requires dev.hyperactive.api;
}
