package dev.hyperactive.benchmarks;

import dev.hyperactive.core.OptimizerRegistry;
import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The optimizers found on the class path, sorted into the groups the benchmarks treat differently.
 *
 * <p>Optimizers are known by registry name only, so an optimizer module added later is measured
 * without a change here. Two groups need names: optimizers whose state grows with every told point
 * (they are measured at a fixed history size), and the optimizers of the peers' W1 table.
 */
final class Catalog {

    /**
     * Non-model-based optimizers that keep every told point and scan it on each ask. Every optimizer
     * of the SMBO family is treated as growing too.
     */
    static final Set<String> GROWING = Set.of("lipschitz_optimizer", "direct_algorithm");

    /** The optimizers of the peers' W1 table, in its order. */
    static final List<String> PEER_W1 = List.of(
            "random_search", "hill_climbing", "simulated_annealing", "particle_swarm", "evolution_strategy",
            "bayesian_optimization", "tree_structured_parzen_estimators", "forest_optimizer");

    /**
     * The peers' iteration counts of the model-based W1 runs, 2-D first, then 10-D. Model-based
     * optimizers not in the peers' table use {@link #DEFAULT_MODEL_BASED_ITERATIONS}.
     */
    static final Map<String, int[]> MODEL_BASED_ITERATIONS = Map.of(
            "bayesian_optimization", new int[] {100, 20},
            "tree_structured_parzen_estimators", new int[] {200, 20},
            "forest_optimizer", new int[] {100, 12});

    static final int[] DEFAULT_MODEL_BASED_ITERATIONS = {100, 20};

    /** W1 iterations of the growing optimizers outside the SMBO family, whose cost rises with n. */
    static final int GROWING_ITERATIONS = 1_000;

    /** W1 iterations of every other optimizer. */
    static final int STEADY_ITERATIONS = 10_000;

    private final OptimizerRegistry registry;

    private Catalog(OptimizerRegistry registry) {
        this.registry = registry;
    }

    /** Returns the optimizers that {@link java.util.ServiceLoader} finds. */
    static Catalog discover() {
        return new Catalog(OptimizerRegistry.discover());
    }

    OptimizerRegistry registry() {
        return registry;
    }

    /** Returns the registry names of all optimizers, sorted by family, then by name. */
    List<String> all() {
        List<String> names = new ArrayList<>();
        for (OptimizerProvider provider : registry.providers()) {
            names.add(provider.name());
        }
        return names;
    }

    /** Returns the optimizers whose ask and tell cost does not depend on the number of scored points. */
    List<String> steady() {
        return all().stream().filter(name -> !isGrowing(name)).toList();
    }

    /** Returns the optimizers whose cost grows with the number of scored points. */
    List<String> growing() {
        return all().stream().filter(this::isGrowing).toList();
    }

    /** Returns the model-based optimizers. */
    List<String> modelBased() {
        return all().stream().filter(this::isModelBased).toList();
    }

    /** Returns the optimizers of the peers' W1 table that exist here, in the table's order. */
    List<String> peerW1() {
        List<String> available = all();
        return PEER_W1.stream().filter(available::contains).toList();
    }

    boolean isModelBased(String name) {
        return registry.provider(name).family() == OptimizerFamily.SMBO;
    }

    boolean isGrowing(String name) {
        return GROWING.contains(name) || isModelBased(name);
    }

    /**
     * Returns the W1 iteration count of {@code name}: the peers' count for a model-based optimizer,
     * {@value #GROWING_ITERATIONS} for another growing one, {@value #STEADY_ITERATIONS} otherwise.
     *
     * @param twoDimensional whether the space is the 2-D one (the other is 10-D)
     */
    int w1Iterations(String name, boolean twoDimensional) {
        if (isModelBased(name)) {
            int[] counts = MODEL_BASED_ITERATIONS.getOrDefault(name, DEFAULT_MODEL_BASED_ITERATIONS);
            return twoDimensional ? counts[0] : counts[1];
        }
        return GROWING.contains(name) ? GROWING_ITERATIONS : STEADY_ITERATIONS;
    }
}
