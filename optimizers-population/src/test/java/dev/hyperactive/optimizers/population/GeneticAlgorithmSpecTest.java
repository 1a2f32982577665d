package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneticAlgorithmSpecTest {

    private final GeneticAlgorithmProvider provider = new GeneticAlgorithmProvider();

    @Test
    void providerMetadata() {
        assertEquals("genetic_algorithm", provider.name());
        assertEquals("Genetic Algorithm", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", 10);
        expected.put("offspring", 10);
        expected.put("crossover", "discrete-recombination");
        expected.put("n_parents", 2);
        expected.put("mutation_rate", 0.5);
        expected.put("crossover_rate", 0.5);
        expected.put("rand_rest_p", 0.0);
        expected.put("boundary", "clip");

        Map<String, Object> actual = new GeneticAlgorithmOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void parseReadsEveryParameter() {
        GeneticAlgorithmOptimizer parsed = provider.parse(Map.of("population", "6", "offspring", "4",
                "crossover", "discrete-recombination", "n_parents", "3", "mutation_rate", "0.2",
                "crossover_rate", "0.8", "rand_rest_p", "0.01", "boundary", "intermediate"));

        assertEquals(new GeneticAlgorithmOptimizer().population(6).offspring(4).parents(3).mutationRate(0.2)
                .crossoverRate(0.8).randomRestartProbability(0.01).boundary(Boundary.INTERMEDIATE), parsed);
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException offspring = assertThrows(IllegalArgumentException.class,
                () -> new GeneticAlgorithmOptimizer().offspring(0));
        IllegalArgumentException parents = assertThrows(IllegalArgumentException.class,
                () -> new GeneticAlgorithmOptimizer().parents(0));
        IllegalArgumentException crossover = assertThrows(IllegalArgumentException.class,
                () -> new GeneticAlgorithmOptimizer().crossover("one-point"));
        IllegalArgumentException bothZero = assertThrows(IllegalArgumentException.class,
                () -> new GeneticAlgorithmOptimizer().mutationRate(0).crossoverRate(0));
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> new GeneticAlgorithmOptimizer().mutationRate(-1));

        assertEquals("offspring must be positive: 0", offspring.getMessage());
        assertEquals("n_parents must be positive: 0", parents.getMessage());
        assertEquals("crossover must be discrete-recombination: 'one-point'", crossover.getMessage());
        assertEquals("mutation_rate and crossover_rate must not both be zero", bothZero.getMessage());
        assertEquals("mutation_rate must be a finite number that is not negative: -1.0", rate.getMessage());
    }
}
