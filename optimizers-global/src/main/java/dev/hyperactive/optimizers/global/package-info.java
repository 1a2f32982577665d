/**
 * Global optimizers that search the whole space, with their providers:
 * {@link dev.hyperactive.optimizers.global.RandomSearchOptimizer},
 * {@link dev.hyperactive.optimizers.global.GridSearchOptimizer},
 * {@link dev.hyperactive.optimizers.global.RandomRestartHillClimbingOptimizer},
 * {@link dev.hyperactive.optimizers.global.RandomAnnealingOptimizer},
 * {@link dev.hyperactive.optimizers.global.PowellsMethodOptimizer},
 * {@link dev.hyperactive.optimizers.global.PatternSearchOptimizer},
 * {@link dev.hyperactive.optimizers.global.LipschitzOptimizer} and
 * {@link dev.hyperactive.optimizers.global.DirectAlgorithmOptimizer}.
 */
package dev.hyperactive.optimizers.global;
