package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.NoiseDistribution;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParallelTemperingSpecTest {

    private final ParallelTemperingProvider provider = new ParallelTemperingProvider();

    @Test
    void providerMetadata() {
        assertEquals("parallel_tempering", provider.name());
        assertEquals("Parallel Tempering", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", 5);
        expected.put("n_iter_swap", 5);
        expected.put("epsilon", 0.03);
        expected.put("distribution", "normal");
        expected.put("boundary", "clip");

        Map<String, Object> actual = new ParallelTemperingOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void parseReadsEveryParameter() {
        ParallelTemperingOptimizer parsed = provider.parse(Map.of("population", "8", "n_iter_swap", "3",
                "epsilon", "0.1", "distribution", "laplace", "boundary", "random"));

        assertEquals(new ParallelTemperingOptimizer().population(8).swapInterval(3).epsilon(0.1)
                .distribution(NoiseDistribution.LAPLACE).boundary(Boundary.RANDOM), parsed);
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException swap = assertThrows(IllegalArgumentException.class,
                () -> new ParallelTemperingOptimizer().swapInterval(0));
        IllegalArgumentException epsilon = assertThrows(IllegalArgumentException.class,
                () -> new ParallelTemperingOptimizer().epsilon(-1));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("temperature", "2")));

        assertEquals("n_iter_swap must be positive: 0", swap.getMessage());
        assertEquals("epsilon must be a finite number that is not negative: -1.0", epsilon.getMessage());
        assertEquals(true, unknown.getMessage().contains("temperature"), unknown.getMessage());
    }
}
