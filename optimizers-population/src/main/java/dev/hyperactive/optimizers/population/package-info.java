/**
 * Population-based optimizers and their providers: parallel tempering, particle swarm, spiral
 * optimization, genetic algorithm, evolution strategy, differential evolution and CMA-ES.
 *
 * <p>Every optimizer here deals the initial positions of the search to its members round-robin and
 * starts the members left without one at uniform random positions, which it logs once per run.
 */
package dev.hyperactive.optimizers.population;
