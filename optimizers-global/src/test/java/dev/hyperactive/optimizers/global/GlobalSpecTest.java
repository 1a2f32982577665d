package dev.hyperactive.optimizers.global;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hyperactive.spi.OptimizerFamily;
import dev.hyperactive.spi.OptimizerProvider;
import dev.hyperactive.spi.OptimizerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The names, family and default parameters of every provider and spec of this module. */
class GlobalSpecTest {

    static Stream<Arguments> metadata() {
        return Stream.of(
                Arguments.of(new RandomSearchProvider(), "random_search", "Random Search"),
                Arguments.of(new GridSearchProvider(), "grid_search", "Grid Search"),
                Arguments.of(new RandomRestartHillClimbingProvider(), "random_restart_hill_climbing",
                        "Random Restart Hill Climbing"),
                Arguments.of(new RandomAnnealingProvider(), "random_annealing", "Random Annealing"),
                Arguments.of(new PowellsMethodProvider(), "powells_method", "Powell's Method"),
                Arguments.of(new PatternSearchProvider(), "pattern_search", "Pattern Search"),
                Arguments.of(new LipschitzProvider(), "lipschitz_optimizer", "Lipschitz Optimizer"),
                Arguments.of(new DirectAlgorithmProvider(), "direct_algorithm", "Direct Algorithm"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("metadata")
    void providerMetadata(OptimizerProvider provider, String name, String displayName) {
        assertEquals(name, provider.name());
        assertEquals(displayName, provider.displayName());
        assertEquals(OptimizerFamily.GLOBAL, provider.family());
        assertEquals(name, provider.defaultSpec().name());
    }

    static Stream<Arguments> defaults() {
        return Stream.of(
                Arguments.of(new RandomSearchProvider().defaultSpec(), ordered()),
                Arguments.of(new DirectAlgorithmProvider().defaultSpec(), ordered()),
                Arguments.of(new GridSearchOptimizer(), ordered("step_size", 1, "direction", "diagonal")),
                Arguments.of(new LipschitzOptimizer(),
                        ordered("max_sample_size", 10_000_000, "sampling", 1_000_000, "warm_start_smbo", true)),
                Arguments.of(new PatternSearchOptimizer(),
                        ordered("n_positions", 4, "pattern_size", 0.25, "reduction", 0.9, "rand_rest_p", 0.0)),
                Arguments.of(new PowellsMethodOptimizer(), ordered("iters_p_dim", 10, "line_search", "grid",
                        "epsilon", 0.03, "distribution", "normal", "convergence_threshold", 1e-8, "rand_rest_p", 0.0)),
                Arguments.of(new RandomAnnealingOptimizer(), ordered("epsilon", 0.03, "distribution", "normal",
                        "n_neighbours", 3, "annealing_rate", 0.98, "start_temp", 10.0, "rand_rest_p", 0.0)),
                Arguments.of(new RandomRestartHillClimbingOptimizer(), ordered("epsilon", 0.03,
                        "distribution", "normal", "n_neighbours", 3, "n_iter_restart", 10, "rand_rest_p", 0.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void defaultParametersInOrder(OptimizerSpec spec, Map<String, Object> expected) {
        Map<String, Object> actual = spec.parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    /** Returns the map of the given names and values, in that order. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
