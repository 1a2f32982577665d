/**
 * Local optimizers that search around a current point:
 * {@link dev.hyperactive.optimizers.local.HillClimbingOptimizer},
 * {@link dev.hyperactive.optimizers.local.StochasticHillClimbingOptimizer},
 * {@link dev.hyperactive.optimizers.local.RepulsingHillClimbingOptimizer},
 * {@link dev.hyperactive.optimizers.local.SimulatedAnnealingOptimizer} and
 * {@link dev.hyperactive.optimizers.local.DownhillSimplexOptimizer}, each with its provider.
 */
package dev.hyperactive.optimizers.local;
