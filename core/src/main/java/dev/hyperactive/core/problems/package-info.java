/**
 * The built-in test problems: shifted Sphere, Ackley, Rastrigin and Rosenbrock functions on evenly
 * spaced grids, maximized as negated losses so that the optimum scores 0. The command line and the
 * benchmarks use the same definitions.
 */
package dev.hyperactive.core.problems;
