package dev.hyperactive.benchmarks;

import java.util.Map;

/**
 * The peers' W1 figures: Gradient-Free-Optimizers 1.6.0, Hyperactive 4.8.0 and Optuna 3.1.0 with
 * Python 3.11 on a 2-core machine of the same kind, medians of three harness runs. They are printed
 * beside ours so that a table can be pasted as it is; they were not measured by this code.
 */
final class PeerFigures {

    /**
     * Microseconds per iteration of a cheap optimizer at 10,000 iterations.
     *
     * @param gfo2d GFO on 2-D, 201 values
     * @param gfo10d GFO on 10-D, 21 values
     * @param hyperactive2d Hyperactive with {@code memory=True} on 2-D
     * @param hyperactive10d Hyperactive with {@code memory=True} on 10-D
     */
    record Cheap(double gfo2d, double gfo10d, double hyperactive2d, double hyperactive10d) {
    }

    /**
     * Milliseconds per iteration of a model-based optimizer at the peers' iteration counts.
     *
     * @param gfo2d GFO on 2-D
     * @param gfo10d GFO on 10-D
     * @param hyperactive2d Hyperactive on 2-D (NaN where not measured)
     */
    record ModelBased(double gfo2d, double gfo10d, double hyperactive2d) {
    }

    static final Map<String, Cheap> CHEAP = Map.of(
            "random_search", new Cheap(17.8, 41.4, 20.1, 54.2),
            "hill_climbing", new Cheap(39.7, 63.4, 41.2, 79.6),
            "simulated_annealing", new Cheap(41.5, 67.8, 44.7, 82.2),
            "particle_swarm", new Cheap(35.3, 55.9, 37.1, 69.3),
            "evolution_strategy", new Cheap(53.5, 94.6, 58.4, 116));

    static final Map<String, ModelBased> MODEL_BASED = Map.of(
            "bayesian_optimization", new ModelBased(52.4, 753, 46.8),
            "tree_structured_parzen_estimators", new ModelBased(119, 1142, 114),
            "forest_optimizer", new ModelBased(173, 1790, 186));

    /** The fastest model-based peer, Optuna's TPE sampler at 200 trials: ms per trial on 2-D. */
    static final double FASTEST_MODEL_BASED_2D = 7.66;

    /** The same on 10-D. */
    static final double FASTEST_MODEL_BASED_10D = 33.7;

    private PeerFigures() {
    }
}
