package dev.hyperactive.spi;

/** The group an optimizer belongs to, as Gradient-Free-Optimizers groups them. */
public enum OptimizerFamily {
    /** Local search around a current point: hill climbing, simulated annealing, downhill simplex. */
    LOCAL,
    /** Global search over the whole space: random, grid, Powell, pattern search, DIRECT. */
    GLOBAL,
    /** Several interacting members: particle swarm, evolution strategies, CMA-ES. */
    POPULATION,
    /** Sequential model-based optimization with a surrogate model: Bayesian, TPE, forest. */
    SMBO
}
