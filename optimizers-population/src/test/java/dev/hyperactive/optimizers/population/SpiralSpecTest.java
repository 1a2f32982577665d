package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpiralSpecTest {

    private final SpiralOptimizationProvider provider = new SpiralOptimizationProvider();

    @Test
    void providerMetadata() {
        assertEquals("spiral_optimization", provider.name());
        assertEquals("Spiral Optimization", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", 10);
        expected.put("decay_rate", 0.99);
        expected.put("rand_rest_p", 0.0);
        expected.put("boundary", "clip");

        Map<String, Object> actual = new SpiralOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void parseReadsEveryParameter() {
        SpiralOptimizer parsed = provider.parse(Map.of("population", "3", "decay_rate", "0.9",
                "rand_rest_p", "0.05", "boundary", "periodic"));

        assertEquals(new SpiralOptimizer().population(3).decayRate(0.9).randomRestartProbability(0.05)
                .boundary(Boundary.PERIODIC), parsed);
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> new SpiralOptimizer().population(-2));
        IllegalArgumentException decay = assertThrows(IllegalArgumentException.class,
                () -> new SpiralOptimizer().decayRate(1.5));
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("decay_rate", "fast")));

        assertEquals("population must be positive: -2", population.getMessage());
        assertEquals("decay_rate must be between 0.0 and 1.0: 1.5", decay.getMessage());
        assertEquals(true, notNumber.getMessage().contains("decay_rate"), notNumber.getMessage());
    }
}
