/**
 * Sequential model-based optimizers: {@link dev.hyperactive.optimizers.smbo.BayesianOptimizer},
 * {@link dev.hyperactive.optimizers.smbo.TreeStructuredParzenEstimators},
 * {@link dev.hyperactive.optimizers.smbo.ForestOptimizer} and
 * {@link dev.hyperactive.optimizers.smbo.EnsembleOptimizer}, with their providers.
 *
 * <p>They share four parameters, under the names of Gradient-Free-Optimizers:
 * <ul>
 *   <li>{@code warm_start_smbo} (default true): earlier search data given to the run, such as a
 *       memory warm start or the search data of an earlier strategy stage, is training data from the
 *       start and is not evaluated again;</li>
 *   <li>{@code max_sample_size} (default 10,000,000) and {@code sampling} (default
 *       {@code {"random": 1000000}}, or false): caps on the number of candidates scored per
 *       iteration. Each optimizer draws its own, much smaller, number of candidates lazily per
 *       iteration and never enumerates the space, so the caps only matter when set below it;</li>
 *   <li>{@code replacement} (default true): when false, no evaluated position is proposed again,
 *       and a run whose every position was evaluated fails with an {@link IllegalStateException}
 *       saying that the search space is exhausted.</li>
 * </ul>
 * NaN and infinite scores are left out of the training data. While fewer than two distinct finite
 * scores are known, the optimizers propose uniform random positions instead of fitting a model.
 */
package dev.hyperactive.optimizers.smbo;
