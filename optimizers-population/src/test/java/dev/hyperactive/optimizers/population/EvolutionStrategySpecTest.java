package dev.hyperactive.optimizers.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hyperactive.spi.Boundary;
import dev.hyperactive.spi.OptimizerFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvolutionStrategySpecTest {

    private final EvolutionStrategyProvider provider = new EvolutionStrategyProvider();

    @Test
    void providerMetadata() {
        assertEquals("evolution_strategy", provider.name());
        assertEquals("Evolution Strategy", provider.displayName());
        assertEquals(OptimizerFamily.POPULATION, provider.family());
    }

    @Test
    void defaultParametersInOrder() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("population", 10);
        expected.put("offspring", 20);
        expected.put("replace_parents", false);
        expected.put("mutation_rate", 0.7);
        expected.put("crossover_rate", 0.3);
        expected.put("rand_rest_p", 0.0);
        expected.put("boundary", "clip");

        Map<String, Object> actual = new EvolutionStrategyOptimizer().parameters();

        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }

    @Test
    void settersReturnNewSpec() {
        EvolutionStrategyOptimizer defaults = new EvolutionStrategyOptimizer();

        EvolutionStrategyOptimizer changed = defaults.population(4).offspring(8).replaceParents(true)
                .mutationRate(0.5).crossoverRate(0.5).randomRestartProbability(0.1).boundary("intermediate");

        assertEquals(new EvolutionStrategyOptimizer(), defaults);
        assertEquals(4, changed.population());
        assertEquals(8, changed.offspring());
        assertEquals(true, changed.replaceParents());
        assertEquals(0.5, changed.mutationRate());
        assertEquals(0.5, changed.crossoverRate());
        assertEquals(0.1, changed.randomRestartProbability());
        assertEquals(Boundary.INTERMEDIATE, changed.boundary());
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException population = assertThrows(IllegalArgumentException.class,
                () -> new EvolutionStrategyOptimizer().population(0));
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> new EvolutionStrategyOptimizer().mutationRate(-0.1));
        IllegalArgumentException restart = assertThrows(IllegalArgumentException.class,
                () -> new EvolutionStrategyOptimizer().randomRestartProbability(2));

        assertEquals("population must be positive: 0", population.getMessage());
        assertEquals("mutation_rate must be a finite number that is not negative: -0.1", rate.getMessage());
        assertEquals("rand_rest_p must be between 0.0 and 1.0: 2.0", restart.getMessage());
    }

    @Test
    void bothRatesZeroIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvolutionStrategyOptimizer().mutationRate(0).crossoverRate(0));

        assertEquals("mutation_rate and crossover_rate must not both be zero", e.getMessage());
    }

    @Test
    void parseReadsEveryParameter() {
        EvolutionStrategyOptimizer spec = provider.parse(Map.of("population", "6", "offspring", "12",
                "replace_parents", "true", "mutation_rate", "0.4", "crossover_rate", "0.6", "rand_rest_p", "0.05",
                "boundary", "reflect"));

        assertEquals(new EvolutionStrategyOptimizer().population(6).offspring(12).replaceParents(true)
                .mutationRate(0.4).crossoverRate(0.6).randomRestartProbability(0.05).boundary(Boundary.REFLECT), spec);
    }

    @Test
    void parseOfInvalidValueNamesParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> provider.parse(Map.of("population", "ten")));

        assertEquals("parameter population of optimizer evolution_strategy must be an integer: 'ten'",
                e.getMessage());
    }
}
