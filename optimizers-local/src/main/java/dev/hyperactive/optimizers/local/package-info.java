/**
 * Local optimizers that search around a current point:
 * {@link dev.hyperactive.optimizers.local.HillClimbingOptimizer}, with its provider.
 */
package dev.hyperactive.optimizers.local;
