/**
 * Population-based optimizers: parallel tempering, particle swarm, spiral optimization, genetic
 * algorithm, evolution strategy, differential evolution and CMA-ES.
 */
module dev.hyperactive.optimizers.population {
    requires dev.hyperactive.api;
}
