package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifferentialEvolutionSpecTest {

    private final DifferentialEvolutionProvider provider = new DifferentialEvolutionProvider();

    @Test
    void providerMetadata() {
        assertEquals("differential_evolution", provider.name());
        assertEquals("Differential Evolution", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", 10);
        expected.put("mutation_rate", 0.9);
        expected.put("crossover_rate", 0.9);
        expected.put("boundary", "clip");

        Map<String, Object> actual = new DifferentialEvolutionOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        DifferentialEvolutionOptimizer changed = new DifferentialEvolutionOptimizer().population(20)
                .mutationRate(0.5).crossoverRate(0.1).boundary(Boundary.RANDOM);

        assertEquals(20, changed.population());
        assertEquals(0.5, changed.mutationRate());
        assertEquals(0.1, changed.crossoverRate());
        assertEquals(Boundary.RANDOM, changed.boundary());
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> new DifferentialEvolutionOptimizer().population(-1));
        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> new DifferentialEvolutionOptimizer().mutationRate(Double.NaN));
        IllegalArgumentException crossover = assertThrows(IllegalArgumentException.class,
                () -> new DifferentialEvolutionOptimizer().crossoverRate(1.5));

        assertEquals("population must be positive: -1", population.getMessage());
        assertEquals("mutation_rate must be a finite number that is not negative: NaN", weight.getMessage());
        assertEquals("crossover_rate must be between 0.0 and 1.0: 1.5", crossover.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        DifferentialEvolutionOptimizer spec = provider.parse(Map.of("population", "15", "mutation_rate", "0.6",
                "crossover_rate", "0.3", "boundary", "intermediate"));

        assertEquals(new DifferentialEvolutionOptimizer().population(15).mutationRate(0.6).crossoverRate(0.3)
                .boundary(Boundary.INTERMEDIATE), spec);
    }

    @Test
    void parseOfUnknownParameterListsAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("F", "0.5")));

        assertEquals("unknown parameter 'F' for optimizer differential_evolution; accepted parameters: "
                + "population, mutation_rate, crossover_rate, boundary", e.getMessage());
    }
}
