/**
 * Global optimizers that search the whole space: {@link dev.hyperactive.optimizers.global.RandomSearchOptimizer}
 * and {@link dev.hyperactive.optimizers.global.GridSearchOptimizer}, with their providers.
 */
package dev.hyperactive.optimizers.global;
